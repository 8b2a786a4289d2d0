using Platform.ServiceDefaults.Retention;
using Prevent.Api.Data;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.Retention;

/// <summary>
/// Prevent referrals are minimised (the person's name, date of birth, the concerns and the repeat-referral key removed;
/// sector, district, age band, ideology and outcome kept for the statistics) a set time after they ended: referrals
/// that ended at triage with no further action or a signposting after three years, Channel cases (not adopted, or
/// exited) after six. The free text of the decisions about the person (triage reasoning, the panel's vulnerability
/// assessment and reasons, review and follow-up notes) goes three years after any of these ended, and with the
/// minimisation if that comes first: the narrative is the most sensitive part and the least needed once the case is
/// over, while the outcome and the link to a repeat referral remain. All defaults follow the Home Office's Prevent and
/// Channel guidance as we read it and are the partnership's to confirm (docs/data-protection.md).
/// </summary>
internal static class ReferralRetention
{
    public const string EndedAtTriage = "prevent-referral-no-further-action";

    public const string ChannelCase = "prevent-channel-case";

    public const string DecisionText = "prevent-decision-text";

    public static IServiceCollection AddReferralRetention(this IServiceCollection services) =>
        services
            .AddRetentionRule(Minimising(EndedAtTriage, TimeSpan.FromDays(3 * 365), EndedAtTriageBefore))
            .AddRetentionRule(Minimising(ChannelCase, TimeSpan.FromDays(6 * 365), EndedChannelCases))
            .AddRetentionRule(RetentionRule.ForEach<PreventDbContext, Referral>(
                DecisionText, TimeSpan.FromDays(3 * 365),
                (db, cutoff) => EndedCases(db, cutoff).Where(r => r.DecisionTextRemovedAt == null).OrderBy(r => r.Id),
                (referral, now) => referral.RemoveDecisionText(now)));

    private static IQueryable<Referral> EndedAtTriageBefore(PreventDbContext db, DateTimeOffset cutoff) =>
        db.Referrals.Where(r => (r.Status == ReferralStatus.NoFurtherAction || r.Status == ReferralStatus.Signposted) && r.TriagedAt < cutoff);

    private static IQueryable<Referral> EndedChannelCases(PreventDbContext db, DateTimeOffset cutoff)
    {
        var endedBefore = DateOnly.FromDateTime(cutoff.UtcDateTime);
        return db.Referrals.Where(r =>
            (r.Status == ReferralStatus.Exited && r.ExitedOn < endedBefore)
            || (r.Status == ReferralStatus.NotAdopted && r.PanelHeldOn < endedBefore));
    }

    /// <summary>Referrals that ended at triage, at the panel, or by exit, before the cutoff (the two sets are disjoint by status).</summary>
    private static IQueryable<Referral> EndedCases(PreventDbContext db, DateTimeOffset cutoff) =>
        EndedAtTriageBefore(db, cutoff).Concat(EndedChannelCases(db, cutoff));

    private static RetentionRule<PreventDbContext> Minimising(
        string name, TimeSpan keepFor, Func<PreventDbContext, DateTimeOffset, IQueryable<Referral>> ended) =>
        RetentionRule.ForEach<PreventDbContext, Referral>(
            name, keepFor,
            (db, cutoff) => ended(db, cutoff).Where(r => r.MinimisedAt == null).OrderBy(r => r.Id),
            (referral, now) => referral.Minimise(now));
}
