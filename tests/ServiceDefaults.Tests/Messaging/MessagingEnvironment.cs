using MassTransit;
using Npgsql;
using Platform.ServiceDefaults.Messaging;
using Platform.Testing;
using ServiceDefaults.Tests.TestDb;

namespace ServiceDefaults.Tests.Messaging;

/// <summary>
/// A test class's own database (with the test table) and RabbitMQ virtual host on the shared servers, and the
/// service hosts the class runs against them (started once per class, stopped with it).
/// </summary>
public abstract class MessagingEnvironment : IAsyncLifetime
{
    private readonly List<MessagingHost> hosts = [];

    public string Database { get; private set; } = "";

    public Uri Broker { get; private set; } = null!;

    public RabbitManagement Management { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        Database = await CreateDatabaseAsync(servers);
        (Broker, var management) = await CreateBrokerAsync(servers);
        Management = new RabbitManagement(management, Broker);
        await using (var connection = new NpgsqlConnection(Database))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(TestDbContext.CreateTableSql, connection);
            await command.ExecuteNonQueryAsync();
        }

        await StartHostsAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var host in Enumerable.Reverse(hosts))
        {
            await host.DisposeAsync();
        }

        Management.Dispose();
        await DisposeBrokerAsync();
        await DisposeDatabaseAsync();
    }

    protected abstract Task StartHostsAsync();

    protected async Task<MessagingHost> StartHostAsync(
        Action<IBusRegistrationConfigurator>? consumers = null, Action<MessagingOptions>? configure = null)
    {
        var host = await MessagingHost.StartAsync(this, consumers, configure);
        hosts.Add(host);
        return host;
    }

    protected virtual Task<string> CreateDatabaseAsync(TestServers servers) => servers.CreateDatabaseAsync("messaging");

    protected virtual Task DisposeDatabaseAsync() => Task.CompletedTask;

    protected virtual async Task<(Uri Broker, Uri Management)> CreateBrokerAsync(TestServers servers) =>
        (await servers.CreateVirtualHostAsync("messaging"), servers.ManagementUri);

    protected virtual Task DisposeBrokerAsync() => Task.CompletedTask;
}

/// <summary>The same on a RabbitMQ server of the class's own, which its tests may stop and start.</summary>
public abstract class DedicatedBrokerEnvironment : MessagingEnvironment
{
    public RabbitMqServer Server { get; private set; } = null!;

    protected override async Task<(Uri Broker, Uri Management)> CreateBrokerAsync(TestServers servers)
    {
        Server = await RabbitMqServer.StartNewAsync();
        return (Server.AmqpUri, Server.ManagementUri);
    }

    protected override async Task DisposeBrokerAsync() => await Server.DisposeAsync();
}

/// <summary>The same on a PostgreSQL server of the class's own, which its tests may stop and start.</summary>
public abstract class DedicatedDatabaseEnvironment : MessagingEnvironment
{
    public PostgresServer DatabaseServer { get; private set; } = null!;

    protected override async Task<string> CreateDatabaseAsync(TestServers servers)
    {
        DatabaseServer = await PostgresServer.StartNewAsync();
        return DatabaseServer.ConnectionString;
    }

    protected override async Task DisposeDatabaseAsync() => await DatabaseServer.DisposeAsync();
}
