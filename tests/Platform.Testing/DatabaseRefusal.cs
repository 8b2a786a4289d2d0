using System.Net;
using System.Text.Json;
using Npgsql;
using Xunit;

namespace Platform.Testing;

/// <summary>
/// Issue 14: when PostgreSQL itself refuses a write the edge let through (a value too long for its column, text it
/// cannot store, a unique, foreign-key or check constraint), the caller gets a 4xx problem naming the rule, never a
/// 500. Each service proves it on one of its own writes: a trigger on the table it writes to raises the refusal as
/// PostgreSQL would, while the service's real request goes through its real pipeline (group commits, unique-row
/// handling and all).
/// </summary>
public static class DatabaseRefusal
{
    /// <summary>
    /// Each refusal (SQLSTATE), the status and the rule the caller must get. For a unique violation a service may name
    /// its own rule instead (<c>fund-code-taken</c>: the loser of a race for the same code, see <c>UniqueRows</c>).
    /// </summary>
    public static TheoryData<string, HttpStatusCode, string> Cases => new()
    {
        { PostgresErrorCodes.StringDataRightTruncation, HttpStatusCode.BadRequest, "value-too-long" },
        { PostgresErrorCodes.CharacterNotInRepertoire, HttpStatusCode.BadRequest, "text-not-storable" },
        { PostgresErrorCodes.UniqueViolation, HttpStatusCode.Conflict, "duplicate" },
        { PostgresErrorCodes.ForeignKeyViolation, HttpStatusCode.Conflict, "referenced-record-missing" },
        { PostgresErrorCodes.CheckViolation, HttpStatusCode.UnprocessableEntity, "check-violated" },
    };

    /// <summary>
    /// Sends <paramref name="write"/> while every insert into <paramref name="table"/> is refused with
    /// <paramref name="sqlState"/>, and asserts the answer: <paramref name="status"/>, a problem detail with
    /// <paramref name="rule"/>. The table is writable again afterwards.
    /// </summary>
    public static async Task AssertAnsweredWithRuleAsync(
        string connectionString, string table, string sqlState, HttpStatusCode status, string rule, Func<Task<HttpResponseMessage>> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var trigger = $"refuse_for_test_{sqlState}";
        await ExecuteAsync(connectionString, $"""
            CREATE OR REPLACE FUNCTION refuse_for_test() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                -- As PostgreSQL words them: constraints named, no column for a value too long or not storable.
                IF TG_ARGV[0] LIKE '23%' THEN
                    RAISE EXCEPTION 'refused for a test' USING ERRCODE = TG_ARGV[0], CONSTRAINT = 'refused_for_test', TABLE = TG_TABLE_NAME;
                END IF;
                RAISE EXCEPTION 'refused for a test' USING ERRCODE = TG_ARGV[0];
            END $$;
            CREATE TRIGGER {trigger} BEFORE INSERT ON {table} FOR EACH ROW EXECUTE FUNCTION refuse_for_test('{sqlState}');
            """);
        try
        {
            using var response = await write();
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == status, $"{sqlState} on {table}: expected {(int)status}, got {(int)response.StatusCode}: {body}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(body);
            var named = problem.RootElement.TryGetProperty("rule", out var value) ? value.GetString() : null;
            Assert.True(
                named == rule || (sqlState == PostgresErrorCodes.UniqueViolation && !string.IsNullOrEmpty(named)),
                $"{sqlState} on {table}: expected rule {rule} in {body}");
        }
        finally
        {
            await ExecuteAsync(connectionString, $"DROP TRIGGER {trigger} ON {table}");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
