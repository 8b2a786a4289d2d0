using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Platform.ServiceDefaults.Data;
using ServiceDefaults.Tests.TestDb;

namespace ServiceDefaults.Tests.Data;

public class DatabaseMigratorTests
{
    [Fact]
    public async Task Replicas_starting_together_apply_each_migration_once_and_both_start()
    {
        var database = await (await TestServers.SharedAsync()).CreateDatabaseAsync("migrator");
        await ExecuteAsync(database, TestDbContext.CreateTableSql);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => StartReplicaAsync(database)));

        var applied = await QueryAsync(database, "SELECT id FROM schema_migrations ORDER BY id");
        var expected = MigrationScript.From(typeof(DatabaseMigrator<>).Assembly).Select(s => s.Id).Order().ToList();
        Assert.Equal(expected, applied);
        Assert.Contains(applied, id => id.EndsWith("0001_messaging.sql", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_database_that_drifted_from_the_model_stops_the_service_with_the_differences()
    {
        var database = await (await TestServers.SharedAsync()).CreateDatabaseAsync("drift");
        await ExecuteAsync(database, "CREATE TABLE test_records (id uuid PRIMARY KEY, kind integer NOT NULL)");

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => StartReplicaAsync(database));

        Assert.Contains("test_records.kind: type is integer, model expects text", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("test_records.subject_id: missing", refusal.Message, StringComparison.Ordinal);
    }

    internal static async Task StartReplicaAsync(string database)
    {
        await using var services = new ServiceCollection()
            .AddDbContext<TestDbContext>(options => options.UseNpgsql(database))
            .BuildServiceProvider();
        var migrator = new DatabaseMigrator<TestDbContext>(
            services.GetRequiredService<IServiceScopeFactory>(), NullLogger<DatabaseMigrator<TestDbContext>>.Instance);
        await migrator.StartAsync(CancellationToken.None);
    }

    internal static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    internal static async Task<List<string>> QueryAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
