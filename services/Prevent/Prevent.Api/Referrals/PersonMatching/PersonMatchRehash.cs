using Microsoft.EntityFrameworkCore;
using Prevent.Api.Data;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.PersonMatching;

/// <summary>
/// After the key changes (or on the first start after the move from unsalted SHA-256), re-hashes every referral whose
/// match key was made with another key, from the name and date of birth the referral still holds, in batches. Until a
/// row is re-hashed a new referral of that person is not linked to it, so this runs at start-up; any replica may run it
/// (the result is the same).
/// </summary>
public sealed partial class PersonMatchRehash(IServiceScopeFactory scopes, PersonMatch personMatch, ILogger<PersonMatchRehash> logger)
    : BackgroundService
{
    private const int BatchSize = 500;

    /// <summary>Re-hashes one batch; how many rows it changed (0: none left).</summary>
    public async Task<int> RehashBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PreventDbContext>();
        var current = personMatch.KeyId;
        var stale = await db.Referrals
            .Where(r => r.PersonMatchKey != null && r.PersonMatchKeyId != current)
            .OrderBy(r => r.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var referral in stale)
        {
            referral.RehashPerson(personMatch);
        }

        await db.SaveChangesAsync(cancellationToken);
        return stale.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var total = 0;
            int changed;
            do
            {
                changed = await RehashBatchAsync(stoppingToken);
                total += changed;
            }
            while (changed == BatchSize);

            if (total > 0)
            {
                LogRehashed(logger, total, personMatch.KeyId);
            }
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-hashed {Count} repeat-referral keys with key {KeyId}")]
    private static partial void LogRehashed(ILogger logger, int count, string keyId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Re-hashing repeat-referral keys failed; it runs again at the next start")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
