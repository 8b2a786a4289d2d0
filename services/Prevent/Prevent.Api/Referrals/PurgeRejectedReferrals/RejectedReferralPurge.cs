using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Prevent.Api.Data;

namespace Prevent.Api.Referrals.PurgeRejectedReferrals;

/// <summary>
/// Deletes the rejected partner messages nobody needs any more, since they may hold a person's name and date of birth:
/// those the partner has since resent and had accepted, at once, and all others after
/// <see cref="RejectedReferralRetention.KeepFor"/>. Runs at start-up and then every
/// <see cref="RejectedReferralRetention.PurgeEvery"/>; any replica may run it.
/// </summary>
public sealed partial class RejectedReferralPurge(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<RejectedReferralRetention> retention, ILogger<RejectedReferralPurge> logger)
    : BackgroundService
{
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PreventDbContext>();
        var expired = clock.GetUtcNow() - retention.Value.KeepFor;
        var resent = db.Resent();
        var deleted = await db.RejectedReferrals
            .Where(rejected => rejected.ReceivedAt < expired || resent.Any(r => r.Id == rejected.Id))
            .ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            LogPurged(logger, deleted);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(retention.Value.PurgeEvery, clock);
        do
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogPurgeFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} rejected partner messages (resent since, or past retention)")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purging rejected partner messages failed; trying again at the next interval")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
