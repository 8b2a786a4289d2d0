using Npgsql;

namespace Architecture.Tests;

/// <summary>
/// deploy/postgres/service-database.sql, which ./platform up and docker-compose run for every service, gives each
/// service a role that owns its own database and cannot even connect to another service's.
/// </summary>
public sealed class DatabaseRoleTests
{
    private const string Psql = "/usr/lib/postgresql/15/bin/psql";

    [Fact]
    public async Task A_services_role_cannot_connect_to_another_services_database_but_owns_its_own()
    {
        var servers = await TestServers.SharedAsync();
        var superuser = new NpgsqlConnectionStringBuilder(await servers.CreateDatabaseAsync("roles"));
        var run = Guid.NewGuid().ToString("N")[..8];
        var plans = await ProvisionAsync(superuser, $"plans_{run}");
        var prevent = await ProvisionAsync(superuser, $"prevent_{run}");

        var intoOther = await Assert.ThrowsAsync<PostgresException>(() =>
            Sql.ExecuteAsync(ConnectionString(superuser, plans, database: prevent.Database), "SELECT 1"));
        await Sql.ExecuteAsync(ConnectionString(superuser, plans), "CREATE TABLE priorities (id int PRIMARY KEY)");
        var owner = await Sql.ScalarAsync<string>(ConnectionString(superuser, plans), "SELECT tableowner::text FROM pg_tables WHERE tablename = 'priorities'");
        var superuserRole = await Sql.ScalarAsync<bool>(ConnectionString(superuser, plans), "SELECT rolsuper FROM pg_roles WHERE rolname = current_user");

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, intoOther.SqlState);
        Assert.Contains("permission denied for database", intoOther.MessageText, StringComparison.Ordinal);
        Assert.Equal(plans.Role, owner);
        Assert.False(superuserRole);
    }

    [Fact]
    public async Task Running_the_script_again_adopts_tables_a_superuser_created_before_the_role_existed()
    {
        var servers = await TestServers.SharedAsync();
        var existing = new NpgsqlConnectionStringBuilder(await servers.CreateDatabaseAsync("adopted"));
        await Sql.ExecuteAsync(existing.ConnectionString, "CREATE SCHEMA messaging; CREATE TABLE messaging.outbox (id bigserial PRIMARY KEY)");

        var service = await ProvisionAsync(existing, existing.Database!);
        await Sql.ExecuteAsync(ConnectionString(existing, service), "ALTER TABLE messaging.outbox ADD COLUMN sent boolean");

        Assert.Equal(service.Role, await Sql.ScalarAsync<string>(existing.ConnectionString, "SELECT tableowner::text FROM pg_tables WHERE tablename = 'outbox'"));
    }

    private static async Task<(string Database, string Role, string Password)> ProvisionAsync(NpgsqlConnectionStringBuilder superuser, string database)
    {
        var password = Guid.NewGuid().ToString("N");
        var (exitCode, output) = await Processes.RunAsync(Psql,
        [
            "-h", superuser.Host!, "-p", superuser.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", superuser.Username!,
            "-d", "postgres", "-q", "-v", $"database={database}", "-v", $"role={database}", "-v", $"password={password}",
            "-f", "deploy/postgres/service-database.sql",
        ]);
        Assert.True(exitCode == 0, output);
        return (database, database, password);
    }

    private static string ConnectionString(NpgsqlConnectionStringBuilder superuser, (string Database, string Role, string Password) service,
        string? database = null) =>
        new NpgsqlConnectionStringBuilder(superuser.ConnectionString)
        {
            Username = service.Role, Password = service.Password, Database = database ?? service.Database, Pooling = false,
        }.ConnectionString;
}
