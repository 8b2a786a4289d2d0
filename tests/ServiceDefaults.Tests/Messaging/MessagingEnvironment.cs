using Npgsql;
using Platform.Testing;
using ServiceDefaults.Tests.TestDb;

namespace ServiceDefaults.Tests.Messaging;

/// <summary>A test class's own database (with the test table) and RabbitMQ virtual host on the shared servers.</summary>
public class MessagingEnvironment : IAsyncLifetime
{
    public string Database { get; private set; } = "";

    public Uri Broker { get; private set; } = null!;

    public RabbitManagement Management { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        Database = await servers.CreateDatabaseAsync("messaging");
        (Broker, var management) = await CreateBrokerAsync(servers);
        Management = new RabbitManagement(management, Broker);
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(TestDbContext.CreateTableSql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public virtual Task DisposeAsync()
    {
        Management.Dispose();
        return Task.CompletedTask;
    }

    protected virtual async Task<(Uri Broker, Uri Management)> CreateBrokerAsync(TestServers servers) =>
        (await servers.CreateVirtualHostAsync("messaging"), servers.ManagementUri);
}

/// <summary>The same, but on a RabbitMQ server of the class's own that tests may stop and start.</summary>
public sealed class DedicatedBrokerEnvironment : MessagingEnvironment
{
    public RabbitMqServer Server { get; private set; } = null!;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Server.DisposeAsync();
    }

    protected override async Task<(Uri Broker, Uri Management)> CreateBrokerAsync(TestServers servers)
    {
        Server = await RabbitMqServer.StartNewAsync();
        return (Server.AmqpUri, Server.ManagementUri);
    }
}
