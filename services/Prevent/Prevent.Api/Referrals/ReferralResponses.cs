using Prevent.Api.Domain;

namespace Prevent.Api.Referrals;

/// <summary>
/// What a submitter may know about its referral: where it stands, where the person was signposted, and the notice to
/// the referrer when triage found it not appropriate.
/// </summary>
public sealed record ReferralStatusResponse(
    Guid Id, ReferralStatus Status, DateOnly ReceivedOn, TriageOutcome? TriageOutcome, string? SignpostedTo, ReferrerNotice? ReferrerNotice)
{
    public static ReferralStatusResponse From(Referral referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        return new(referral.Id, referral.Status, referral.ReceivedOn, referral.Triage?.Outcome, referral.Triage?.SignpostedTo, referral.ReferrerNotice);
    }
}

/// <summary>The full case, for the owning council's Prevent lead and Channel panel members only.</summary>
public sealed record ReferralResponse(
    Guid Id,
    ReferralStatus Status,
    string ReferrerAgency,
    Sector Sector,
    PersonDetails Person,
    string AgeBand,
    string District,
    string Concerns,
    IdeologyCategory Ideology,
    IReadOnlyList<RiskIndicator> RiskFlags,
    DateTimeOffset ReceivedAt,
    bool IsRepeat,
    Guid? PreviousReferralId,
    TriageDecision? Triage,
    double? HoursToTriage,
    ReferrerNotice? ReferrerNotice,
    PanelDecision? PanelDecision,
    Consent? Consent,
    IReadOnlyList<Intervention> Interventions,
    IReadOnlyList<PanelReview> PanelReviews,
    DateOnly? ExitedOn,
    IReadOnlyList<FollowUpReview> FollowUps)
{
    public static ReferralResponse From(Referral r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(
            r.Id, r.Status, r.ReferrerAgency, r.Sector, r.Person, r.AgeBand, r.District, r.Concerns, r.Ideology, r.RiskFlags, r.ReceivedAt,
            r.IsRepeat, r.PreviousReferralId, r.Triage, r.TimeToTriage?.TotalHours, r.ReferrerNotice, r.PanelDecision, r.Consent, r.Interventions, r.PanelReviews, r.ExitedOn,
            r.FollowUps);
    }
}

/// <summary>The audit log's before/after of a change: the pathway position only, never the person or the concerns.</summary>
public sealed record ReferralSummary(
    ReferralStatus Status, TriageOutcome? TriageOutcome, bool? Adopted, ConsentGiver? ConsentGivenBy, DateOnly? ConsentWithdrawnOn,
    int InterventionCount, int ActiveInterventions, int PanelReviews, DateOnly? ExitedOn, int FollowUpsHeld)
{
    public static ReferralSummary From(Referral r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(
            r.Status, r.Triage?.Outcome, r.PanelDecision?.Adopt, r.Consent?.GivenBy, r.Consent?.WithdrawnOn, r.Interventions.Count, r.Interventions.Count(i => i.Status == InterventionStatus.Active), r.PanelReviews.Count, r.ExitedOn,
            r.FollowUps.Count(f => f.HeldOn is not null));
    }
}
