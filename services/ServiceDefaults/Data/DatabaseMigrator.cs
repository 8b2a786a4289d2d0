using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Platform.ServiceDefaults.Data;

/// <summary>
/// Applies hand-written SQL migrations at start-up (<c>dotnet ef</c> cannot run here, see
/// docs/decisions/0004-sql-migrations.md): first the platform's own tables (outbox, inbox, audit log) embedded in
/// ServiceDefaults, then the service's scripts embedded under <c>Data/Migrations</c>, each once, in name order,
/// in its own transaction. A PostgreSQL advisory lock makes replicas starting together wait for each other.
/// Then the schema is checked against the EF model: a service whose migrations drifted refuses to start.
/// </summary>
public sealed partial class DatabaseMigrator<TContext>(IServiceScopeFactory scopes, ILogger<DatabaseMigrator<TContext>> logger)
    : IHostedService
    where TContext : DbContext
{
    /// <summary>Arbitrary constant shared by every replica of every service (each has its own database).</summary>
    private const long AdvisoryLockKey = 0x43_53_50_4D_49_47; // "CSPMIG"

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var connectionString = db.Database.GetConnectionString()!;
        await MigrateAsync(connectionString, MigrationScript.From(typeof(DatabaseMigrator<>).Assembly, typeof(TContext).Assembly), cancellationToken);

        var differences = await SchemaVerifier.FindDifferencesAsync(db, cancellationToken);
        if (differences.Count > 0)
        {
            throw new InvalidOperationException(
                "The database schema does not match the model; a migration is missing or wrong:" + Environment.NewLine +
                string.Join(Environment.NewLine, differences));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task MigrateAsync(string connectionString, IReadOnlyList<MigrationScript> scripts, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await Execute(connection, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            await Execute(connection, """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    id text PRIMARY KEY,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """, cancellationToken);
            var applied = await AppliedIds(connection, cancellationToken);
            foreach (var script in scripts.Where(s => !applied.Contains(s.Id)))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await Execute(connection, script.Sql, cancellationToken, transaction);
                await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (id) VALUES (@id)", connection, transaction);
                record.Parameters.AddWithValue("id", script.Id);
                await record.ExecuteNonQueryAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                LogApplied(logger, script.Id);
            }
        }
        finally
        {
            await Execute(connection, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    private static async Task<HashSet<string>> AppliedIds(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT id FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, NpgsqlTransaction? transaction = null)
    {
        // Waiting for another replica's migrations (the advisory lock) can outlast a command's default timeout.
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = (int)StartupLock.MaximumWait.TotalSeconds };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {MigrationId}")]
    private static partial void LogApplied(ILogger logger, string migrationId);
}

/// <summary>An embedded <c>.sql</c> resource under a <c>Migrations</c> folder; its id is assembly and file name.</summary>
public sealed record MigrationScript(string Id, string Sql)
{
    private const string Marker = ".Migrations.";

    public static IReadOnlyList<MigrationScript> From(params Assembly[] assemblies) =>
        assemblies.Distinct().SelectMany(FromAssembly).ToList();

    private static IEnumerable<MigrationScript> FromAssembly(Assembly assembly) =>
        assembly.GetManifestResourceNames()
            .Where(name => name.Contains(Marker, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => new MigrationScript($"{assembly.GetName().Name}/{name[(name.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..]}", Read(assembly, name)))
            .OrderBy(script => script.Id, StringComparer.Ordinal);

    private static string Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
