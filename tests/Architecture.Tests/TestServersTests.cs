using Npgsql;
using Platform.Testing;

namespace Architecture.Tests;

public sealed class TestServersTests
{
    [Fact]
    public async Task Each_database_is_new_empty_and_usable()
    {
        var servers = await TestServers.SharedAsync();
        var first = await servers.CreateDatabaseAsync("Test Servers!");
        var second = await servers.CreateDatabaseAsync("Test Servers!");

        Assert.NotEqual(new NpgsqlConnectionStringBuilder(first).Database, new NpgsqlConnectionStringBuilder(second).Database);
        await Sql.ExecuteAsync(first, "CREATE TABLE notes (id int PRIMARY KEY); INSERT INTO notes VALUES (1)");
        Assert.Equal(0L, await Sql.ScalarAsync<long>(second, "SELECT count(*) FROM pg_tables WHERE tablename = 'notes'"));
        Assert.Equal(1L, await Sql.ScalarAsync<long>(first, "SELECT count(*) FROM notes"));
    }

    [Fact]
    public async Task Each_virtual_host_is_separate_and_open_to_its_uri()
    {
        var servers = await TestServers.SharedAsync();
        var first = await servers.CreateVirtualHostAsync("Test Servers");
        var second = await servers.CreateVirtualHostAsync("Test Servers");

        Assert.NotEqual(first.AbsolutePath, second.AbsolutePath);
        await Amqp.PublishAsync(first, "greetings", "hello");
        Assert.Equal("hello", await Amqp.GetAsync(first, "greetings"));
        Assert.Null(await Amqp.GetAsync(second, "greetings"));
    }
}
