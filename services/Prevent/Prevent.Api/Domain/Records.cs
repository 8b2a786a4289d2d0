namespace Prevent.Api.Domain;

public sealed record TriageDecision(TriageOutcome Outcome, string Reason, string? SignpostedTo, string DecidedBy, DateTimeOffset DecidedAt);

/// <summary>A Channel panel's discussion of the case: who attended, the vulnerability assessment, and its decision.</summary>
public sealed record PanelDecision(DateOnly HeldOn, IReadOnlyList<string> Attendees, string VulnerabilityAssessment, bool Adopt, string Reason);

public sealed record Consent(ConsentGiver GivenBy, DateOnly GivenOn, DateOnly? WithdrawnOn = null)
{
    public bool IsInForce => WithdrawnOn is null;
}

/// <summary>A panel's review of a case in support: who attended and what it concluded about the support plan.</summary>
public sealed record PanelReview(DateOnly HeldOn, IReadOnlyList<string> Attendees, string Note);

public sealed record Intervention(Guid Id, string Type, string Provider, DateOnly StartsOn, DateOnly? EndsOn, InterventionStatus Status);

/// <summary>A follow-up review after exit, due a number of months after the exit date.</summary>
public sealed record FollowUpReview(int Months, DateOnly DueOn, DateOnly? HeldOn = null, string? Note = null)
{
    public bool IsDue(DateOnly today) => HeldOn is null && DueOn <= today;

    public bool IsOverdue(DateOnly today) => HeldOn is null && DueOn < today;
}
