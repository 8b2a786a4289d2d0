using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;

namespace Platform.Web.Sessions;

/// <summary>
/// An <see cref="IDistributedCache"/> in the web front-end's own PostgreSQL database, so that every replica sees the
/// same sessions (decision 0047). No package in the registry offers one for PostgreSQL; this is the four operations
/// on one table. Expired entries are never returned and are deleted by <see cref="ExpiredSessionSweep"/>.
/// </summary>
internal sealed class DatabaseCache(IServiceScopeFactory scopes, TimeProvider clock) : IDistributedCache
{
    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SessionsDbContext>();
        var now = clock.GetUtcNow();
        var entry = await db.SessionEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == key && e.ExpiresAt > now, token);
        if (entry is null)
        {
            return null;
        }

        await SlideAsync(db, entry, now, token);
        return entry.Value;
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var now = clock.GetUtcNow();
        var absolute = options.AbsoluteExpiration?.ToUniversalTime() ?? (now + options.AbsoluteExpirationRelativeToNow);
        var sliding = options.SlidingExpiration;
        if (absolute is null && sliding is null)
        {
            throw new InvalidOperationException("A shared session entry needs an expiry: nothing is kept for ever.");
        }

        var expires = Earliest(absolute, now + sliding);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SessionsDbContext>();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO session_entries (id, value, expires_at, sliding_expiration, absolute_expires_at)
            VALUES ({key}, {value}, {expires}, {sliding}, {absolute})
            ON CONFLICT (id) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at,
                sliding_expiration = excluded.sliding_expiration, absolute_expires_at = excluded.absolute_expires_at
            """, token);
    }

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public async Task RefreshAsync(string key, CancellationToken token = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SessionsDbContext>();
        var now = clock.GetUtcNow();
        var entry = await db.SessionEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == key && e.ExpiresAt > now, token);
        if (entry is not null)
        {
            await SlideAsync(db, entry, now, token);
        }
    }

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SessionsDbContext>();
        await db.SessionEntries.Where(e => e.Id == key).ExecuteDeleteAsync(token);
    }

    private static async Task SlideAsync(SessionsDbContext db, SessionEntry entry, DateTimeOffset now, CancellationToken token)
    {
        if (entry.SlidingExpiration is not { } sliding)
        {
            return;
        }

        var expires = Earliest(entry.AbsoluteExpiresAt, now + sliding);
        await db.SessionEntries.Where(e => e.Id == entry.Id).ExecuteUpdateAsync(e => e.SetProperty(x => x.ExpiresAt, expires), token);
    }

    private static DateTimeOffset Earliest(DateTimeOffset? first, DateTimeOffset? second) =>
        first is { } a && second is { } b ? (a < b ? a : b) : (first ?? second)!.Value;
}

/// <summary>Deletes expired session entries every few minutes; any replica may, and running twice deletes nothing twice.</summary>
internal sealed partial class ExpiredSessionSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ExpiredSessionSweep> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<SessionsDbContext>();
                var now = clock.GetUtcNow();
                await db.SessionEntries.Where(e => e.ExpiresAt <= now).ExecuteDeleteAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogSweepFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Expired session entries could not be deleted; the next sweep tries again")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
