using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.ServiceDefaults.Changes;

public static class ChangesServiceCollectionExtensions
{
    /// <summary>Registers <see cref="Changes{TAggregate}"/> (scoped, on <typeparamref name="TContext"/>) set up by <paramref name="setup"/>.</summary>
    public static IServiceCollection AddChanges<TContext, TAggregate>(
        this IServiceCollection services, Action<ChangeSetup<TContext, TAggregate>> setup)
        where TContext : DbContext
        where TAggregate : class
    {
        ArgumentNullException.ThrowIfNull(setup);
        var configured = new ChangeSetup<TContext, TAggregate>();
        setup(configured);
        var definition = configured.Build();
        return services.AddScoped(provider => new Changes<TAggregate>(
            provider.GetRequiredService<TContext>(),
            definition,
            provider.GetRequiredService<CurrentUser>(),
            provider.GetRequiredService<AuditTrail>(),
            provider.GetRequiredService<TimeProvider>()));
    }
}
