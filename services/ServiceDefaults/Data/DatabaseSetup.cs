using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.ServiceDefaults.Health;

namespace Platform.ServiceDefaults.Data;

public static class DatabaseSetup
{
    public const string ConnectionName = "postgres";

    /// <summary>
    /// The service's own PostgreSQL database (<c>ConnectionStrings:postgres</c>): the DbContext with every
    /// <see cref="IInterceptor"/> registered in DI (the outbox's commit signal among them), a readiness check, and
    /// migrations applied at start-up before anything else runs. Call before <c>AddPlatformMessaging</c>.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformDatabase<TContext>(this IHostApplicationBuilder builder)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} is not set.");

        builder.Services.AddDbContext<TContext>((services, options) => options
            .UseNpgsql(connectionString)
            .AddInterceptors(services.GetServices<IInterceptor>()));
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>("database", tags: [HealthSetup.ReadyTag]);
        return builder;
    }
}
