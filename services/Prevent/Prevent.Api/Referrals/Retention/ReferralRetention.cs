using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Retention;
using Prevent.Api.Data;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.Retention;

/// <summary>
/// Prevent referrals are minimised (the person's name, date of birth, the concerns and the repeat-referral key removed;
/// sector, district, age band, ideology and outcome kept for the statistics) a set time after they ended: referrals
/// that ended at triage with no further action or a signposting after three years, Channel cases (not adopted, or
/// exited) after six. Both defaults follow the Home Office's Prevent and Channel guidance as we read it and are the
/// partnership's to confirm (docs/data-protection.md).
/// </summary>
internal static class ReferralRetention
{
    public const string EndedAtTriage = "prevent-referral-no-further-action";

    public const string ChannelCase = "prevent-channel-case";

    public static IServiceCollection AddReferralRetention(this IServiceCollection services) =>
        services
            .AddRetentionRule(new RetentionRule<PreventDbContext>(EndedAtTriage, TimeSpan.FromDays(3 * 365), MinimiseEndedAtTriageAsync))
            .AddRetentionRule(new RetentionRule<PreventDbContext>(ChannelCase, TimeSpan.FromDays(6 * 365), MinimiseChannelCasesAsync));

    private static Task<int> MinimiseEndedAtTriageAsync(PreventDbContext db, DateTimeOffset cutoff, DateTimeOffset now, CancellationToken cancellationToken) =>
        MinimiseAsync(
            db.Referrals.Where(r => (r.Status == ReferralStatus.NoFurtherAction || r.Status == ReferralStatus.Signposted) && r.TriagedAt < cutoff),
            db, now, cancellationToken);

    private static Task<int> MinimiseChannelCasesAsync(PreventDbContext db, DateTimeOffset cutoff, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var endedBefore = DateOnly.FromDateTime(cutoff.UtcDateTime);
        return MinimiseAsync(
            db.Referrals.Where(r =>
                (r.Status == ReferralStatus.Exited && r.ExitedOn < endedBefore)
                || (r.Status == ReferralStatus.NotAdopted && r.PanelHeldOn < endedBefore)),
            db, now, cancellationToken);
    }

    private static async Task<int> MinimiseAsync(IQueryable<Referral> ended, PreventDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = await ended.Where(r => r.MinimisedAt == null).OrderBy(r => r.Id).Take(500).ToListAsync(cancellationToken);
        foreach (var referral in due)
        {
            referral.Minimise(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
