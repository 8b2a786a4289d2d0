using Npgsql;
using Platform.ServiceDefaults.Data;
using ServiceDefaults.Tests.TestDb;
using static ServiceDefaults.Tests.Data.DatabaseMigratorTests;

namespace ServiceDefaults.Tests.Audit;

/// <summary>
/// The audit log is partitioned by calendar month (UTC) so that its retention drops whole months: entries written before
/// the change keep their ids in their months, an entry whose month has no partition yet is kept and filed later, and
/// no partition can be changed directly.
/// </summary>
public class AuditLogPartitionTests
{

    private const string Placement = "SELECT subject_id || ' #' || id || ' in ' || tableoid::regclass FROM audit_log ORDER BY id";

    [Fact]
    public async Task Entries_written_before_the_log_was_partitioned_keep_their_ids_in_the_partitions_of_their_months()
    {
        var database = await NewDatabaseAsync("auditpartitioning");
        await ExecuteAsync(database, "CREATE TABLE schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
        foreach (var script in MigrationScript.From(typeof(DatabaseMigrator<>).Assembly).Where(s => string.CompareOrdinal(s.Id, "ServiceDefaults/0003") < 0))
        {
            await ExecuteAsync(database, script.Sql);
            await ExecuteAsync(database, $"INSERT INTO schema_migrations (id) VALUES ('{script.Id}')");
        }

        // The first is 00:30 on 1 April in London: the month is the UTC one.
        await InsertAsync(database, "2019-03-31T23:30:00Z", "old");
        await InsertAsync(database, "2024-11-05T10:00:00Z", "recent");

        await StartReplicaAsync(database);
        await InsertAsync(database, "2024-11-06T10:00:00Z", "after");

        Assert.Equal(
            ["old #1 in audit_log_2019_03", "recent #2 in audit_log_2024_11", "after #3 in audit_log_2024_11"],
            await QueryAsync(database, Placement));
        Assert.Empty(await QueryAsync(database, "SELECT relname::text FROM pg_class WHERE relname = 'audit_log_unpartitioned'"));
    }

    [Fact]
    public async Task An_entry_for_a_month_without_a_partition_is_kept_in_the_default_and_filed_into_its_month_by_the_next_preparation()
    {
        var database = await NewDatabaseAsync("auditahead");
        await StartReplicaAsync(database);

        await InsertAsync(database, "2040-01-01T00:00:00Z", "ahead");
        var waiting = await QueryAsync(database, Placement);
        await ExecuteAsync(database, "SELECT audit_log_prepare_months('2040-01-15T00:00:00Z', 1)");

        Assert.Equal(["ahead #1 in audit_log_default"], waiting);
        Assert.Equal(["ahead #1 in audit_log_2040_01"], await QueryAsync(database, Placement));
        Assert.Equal(["audit_log_2040_02"], await QueryAsync(database, "SELECT to_regclass('audit_log_2040_02')::text"));
    }

    [Theory]
    [InlineData("UPDATE audit_log_2040_01 SET action = 'rewritten'")]
    [InlineData("DELETE FROM audit_log_2040_01")]
    [InlineData("TRUNCATE audit_log_2040_01")]
    [InlineData("TRUNCATE audit_log_default")]
    [InlineData("UPDATE audit_log SET action = 'rewritten' WHERE false")]
    public async Task No_partition_can_be_changed_directly_either(string statement)
    {
        var database = await NewDatabaseAsync("auditpartitionsappendonly");
        await StartReplicaAsync(database);
        await ExecuteAsync(database, "SELECT audit_log_prepare_months('2040-01-15T00:00:00Z', 0)");
        await InsertAsync(database, "2040-01-20T00:00:00Z", "kept");
        await InsertAsync(database, "2041-06-01T00:00:00Z", "waiting");

        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(database, statement));

        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        Assert.Equal(["kept #1 in audit_log_2040_01", "waiting #2 in audit_log_default"], await QueryAsync(database, Placement));
        Assert.Equal(["2"], await QueryAsync(database, "SELECT count(*)::text FROM audit_log WHERE action = 'viewed'"));
    }

    private static Task InsertAsync(string database, string occurredAt, string subjectId) => ExecuteAsync(database, $"""
        INSERT INTO audit_log (occurred_at, actor, roles, action, subject_type, subject_id)
        VALUES ('{occurredAt}', 'someone', 'role', 'viewed', 'Thing', '{subjectId}')
        """);

    private static async Task<string> NewDatabaseAsync(string name)
    {
        var database = await (await TestServers.SharedAsync()).CreateDatabaseAsync(name);
        await ExecuteAsync(database, TestDbContext.CreateTableSql);
        return database;
    }
}
