using System.Net.Http.Headers;
using System.Security.Cryptography;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Contracts;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Hosting;
using Platform.ServiceDefaults.Messaging;
using Platform.Testing;
using ServiceDefaults.Tests.TestDb;

namespace ServiceDefaults.Tests.Messaging;

/// <summary>A service wired exactly as the real ones are (defaults, database, messaging, outbox admin), in memory.</summary>
public sealed class MessagingHost : IAsyncDisposable
{
    public const string ServiceName = "messaging-tests";

    private readonly WebApplication app;
    private readonly TestAuthority authority;

    private MessagingHost(WebApplication app, TestAuthority authority)
    {
        this.app = app;
        this.authority = authority;
    }

    public IServiceProvider Services => app.Services;

    public DeliveryLog Deliveries => app.Services.GetRequiredService<DeliveryLog>();

    public static async Task<MessagingHost> StartAsync(
        MessagingEnvironment environment,
        Action<IBusRegistrationConfigurator>? consumers = null,
        Action<MessagingOptions>? configure = null)
    {
        var authority = await TestAuthority.SharedAsync();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(MessagingHost).Assembly.GetName().Name,
            EnvironmentName = "Test",
        });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = environment.Database,
            ["ConnectionStrings:rabbitmq"] = environment.Broker.ToString(),
            ["Auth:Authority"] = authority.Address.ToString(),
            ["Auth:Audience"] = "plans", // this host stands in for a platform service; the authority's tokens name them all
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<DeliveryLog>();
        builder.Services.AddConsumeObserver(provider => provider.GetRequiredService<DeliveryLog>());

        builder.AddServiceDefaults(new ServiceIdentity(ServiceName));
        builder.AddPlatformDatabase<TestDbContext>();
        builder.AddPlatformMessaging<TestDbContext>(consumers, options =>
        {
            options.ConsumerRetryMinInterval = TimeSpan.FromMilliseconds(10);
            options.ConsumerRetryMaxInterval = TimeSpan.FromMilliseconds(50);
            configure?.Invoke(options);
        });

        var app = builder.Build();
        app.MapServiceDefaults();
        app.MapOutboxAdmin();
        await app.StartAsync();
        // As a load balancer would wait for readiness: until then the consumers' queues may not be bound yet.
        await app.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        return new MessagingHost(app, authority);
    }

    /// <summary>A context from the host's own container: the commit interceptor is attached, as in a request.</summary>
    public ScopedDbContext NewDbContext() => new(app.Services.CreateAsyncScope());

    public HttpClient Client(params string[] roles)
    {
        var client = app.GetTestClient();
        if (roles.Length > 0)
        {
            client.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("Bearer", authority.Token(Agencies.Opcc, roles));
        }

        return client;
    }

    /// <summary>One state change and the event reporting it, committed together as a service's handler would.</summary>
    public async Task<WidgetChanged> CommitChangeAsync(string name = "")
    {
        await using var scoped = NewDbContext();
        var changed = new WidgetChanged { WidgetId = Guid.CreateVersion7(), Name = name, OccurredAt = DateTimeOffset.UtcNow };
        scoped.Db.Records.Add(new TestRecord { Kind = "change", SubjectId = changed.WidgetId });
        scoped.Db.AddIntegrationEvent(changed);
        await scoped.Db.SaveChangesAsync();
        return changed;
    }

    public async Task<int> CountAsync(Func<IQueryable<TestRecord>, IQueryable<TestRecord>> query)
    {
        await using var scoped = NewDbContext();
        return await query(scoped.Db.Records.AsNoTracking()).CountAsync();
    }

    public async Task<OutboxMessage?> FindOutboxRowAsync(Guid id)
    {
        await using var scoped = NewDbContext();
        return await scoped.Db.Set<OutboxMessage>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

public sealed class ScopedDbContext(AsyncServiceScope scope) : IAsyncDisposable
{
    public TestDbContext Db { get; } = scope.ServiceProvider.GetRequiredService<TestDbContext>();

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
