using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Platform.ServiceDefaults.Data;

/// <summary>
/// Compares the migrated database with the EF model: every mapped table and column exists with the model's type
/// and nullability. Hand-written SQL migrations can drift from the C# model; this catches it at start-up and in tests.
/// </summary>
public static class SchemaVerifier
{
    /// <summary>Human-readable differences; empty when the schema matches.</summary>
    public static async Task<IReadOnlyList<string>> FindDifferencesAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var actual = await ReadColumnsAsync(db.Database.GetConnectionString()!, cancellationToken);
        var differences = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                var column = property.GetColumnName(table);
                if (column is null || column == "xmin")
                {
                    continue; // xmin is PostgreSQL's system row version, always present
                }

                var key = (table.Name, column);
                if (!actual.TryGetValue(key, out var found))
                {
                    differences.Add($"{table.Name}.{column}: missing (model expects {property.GetColumnType()})");
                    continue;
                }

                var expectedType = Normalise(property.GetColumnType());
                if (!string.Equals(expectedType, found.Type, StringComparison.Ordinal))
                {
                    differences.Add($"{table.Name}.{column}: type is {found.Type}, model expects {expectedType}");
                }

                if (property.IsColumnNullable(table) != found.Nullable)
                {
                    differences.Add($"{table.Name}.{column}: {(found.Nullable ? "nullable" : "not null")} in the database, the model says otherwise");
                }
            }
        }

        return differences;
    }

    private static string Normalise(string storeType) => storeType switch
    {
        "timestamptz" => "timestamp with time zone",
        "varchar" => "character varying",
        _ when storeType.StartsWith("varchar(", StringComparison.Ordinal) => "character varying" + storeType[7..],
        _ => storeType,
    };

    private static async Task<Dictionary<(string Table, string Column), (string Type, bool Nullable)>> ReadColumnsAsync(
        string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // relkind 'p': a partitioned table (the audit log), whose columns its partitions share.
        await using var command = new NpgsqlCommand("""
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = new Dictionary<(string, string), (string, bool)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            columns[(reader.GetString(0), reader.GetString(1))] = (reader.GetString(2), reader.GetBoolean(3));
        }

        return columns;
    }
}
