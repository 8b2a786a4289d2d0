using Microsoft.EntityFrameworkCore;

namespace Platform.ServiceDefaults.Data;

/// <summary>
/// Serialises start-up work that reads then writes (seeding, client registration) between replicas starting together:
/// a session-level PostgreSQL advisory lock on the context's connection, released on dispose. The wait is not bound by
/// the command timeout, because the replica holding the lock may take minutes on a loaded machine; it is bound by
/// <see cref="MaximumWait"/> instead.
/// </summary>
public static class StartupLock
{
    public static readonly TimeSpan MaximumWait = TimeSpan.FromMinutes(10);

    public static async Task<IAsyncDisposable> AcquireAsync(DbContext db, long key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var commandTimeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(MaximumWait);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({key})", cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(commandTimeout);
        }

        return new Held(db, key);
    }

    /// <summary>
    /// The same wait, for a lock held until the current transaction ends (<c>pg_advisory_xact_lock</c>): for start-up
    /// work done in one transaction, such as loading reference data.
    /// </summary>
    public static async Task AcquireForTransactionAsync(DbContext db, long key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var commandTimeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(MaximumWait);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(commandTimeout);
        }
    }

    private sealed class Held(DbContext db, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({key})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }
}
