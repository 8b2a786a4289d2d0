using Platform.Testing;
using RabbitMQ.Client.Exceptions;

namespace Architecture.Tests;

public sealed class DedicatedBrokerTests
{
    [Fact]
    public async Task Broker_stopped_and_restarted_still_holds_confirmed_persistent_messages()
    {
        await using var broker = await RabbitMqServer.StartNewAsync();
        await Amqp.PublishAsync(broker.AmqpUri, "work", "survives");

        await broker.StopCleanlyAsync();
        await Assert.ThrowsAsync<BrokerUnreachableException>(() => Amqp.GetAsync(broker.AmqpUri, "work"));
        await broker.StartAsync();

        Assert.Equal("survives", await Amqp.GetAsync(broker.AmqpUri, "work"));
    }
}

// A class of its own so it runs in parallel with the (slower) broker test.
public sealed class DedicatedDatabaseTests
{
    [Fact]
    public async Task Database_restarted_still_holds_committed_rows()
    {
        await using var database = await PostgresServer.StartNewAsync();
        await Sql.ExecuteAsync(database.ConnectionString, "CREATE TABLE facts (id int); INSERT INTO facts VALUES (7)");

        await database.StopAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => Sql.ScalarAsync<int>(database.ConnectionString, "SELECT 1"));
        await database.StartAsync();

        Assert.Equal(7, await Sql.ScalarAsync<int>(database.ConnectionString, "SELECT id FROM facts"));
    }
}
