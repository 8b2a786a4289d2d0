using EndToEnd.Tests.LivePriorities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>A consuming service built from the same ServiceDefaults parts a real one uses: its own database and queue.</summary>
public sealed class LivePrioritiesService : IAsyncDisposable
{
    private readonly IHost host;

    private LivePrioritiesService(IHost host, string connectionString)
    {
        this.host = host;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<LivePrioritiesService> StartAsync(string connectionString, Uri broker)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = connectionString,
            ["ConnectionStrings:rabbitmq"] = broker.ToString(),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddPlatformDatabase<LivePrioritiesDbContext>();
        builder.AddPlatformMessaging<LivePrioritiesDbContext>(
            bus => bus.AddConsumer<RecordLivePriority>(),
            options => options.ServiceName = "live-priorities");
        var host = builder.Build();
        await host.StartAsync();
        return new LivePrioritiesService(host, connectionString);
    }

    public LivePrioritiesDbContext NewDbContext() =>
        new(new DbContextOptionsBuilder<LivePrioritiesDbContext>().UseNpgsql(ConnectionString).Options);

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
