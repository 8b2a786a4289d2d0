namespace Prevent.Api.Domain;

public sealed record TriageDecision(TriageOutcome Outcome, string Reason, string? SignpostedTo, string DecidedBy, DateTimeOffset DecidedAt);

/// <summary>A Channel panel's discussion of the case at a recorded <see cref="PanelMeeting"/>: the vulnerability assessment and its decision.</summary>
public sealed record PanelDecision(Guid MeetingId, DateOnly HeldOn, string VulnerabilityAssessment, bool Adopt, string Reason);

public sealed record Consent(ConsentGiver GivenBy, DateOnly GivenOn, DateOnly? WithdrawnOn = null)
{
    public bool IsInForce => WithdrawnOn is null;
}

/// <summary>A panel meeting's review of a case in support: what it concluded about the support plan.</summary>
public sealed record PanelReview(Guid MeetingId, DateOnly HeldOn, string Note);

/// <summary>
/// What the referring agency is told when triage finds the referral not appropriate for Channel: the outcome and,
/// when signposted, the service; never the police's reasoning. Read through the referral status.
/// </summary>
public sealed record ReferrerNotice(string ReferrerAgency, TriageOutcome Outcome, string? SignpostedTo, string Message, DateTimeOffset NotifiedAt);

public sealed record Intervention(Guid Id, string Type, string Provider, DateOnly StartsOn, DateOnly? EndsOn, InterventionStatus Status);

/// <summary>A follow-up review after exit, due a number of months after the exit date.</summary>
public sealed record FollowUpReview(int Months, DateOnly DueOn, DateOnly? HeldOn = null, string? Note = null)
{
    public bool IsDue(DateOnly today) => HeldOn is null && DueOn <= today;

    public bool IsOverdue(DateOnly today) => HeldOn is null && DueOn < today;
}
