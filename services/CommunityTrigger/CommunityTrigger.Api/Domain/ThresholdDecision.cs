namespace CommunityTrigger.Api.Domain;

/// <summary>
/// Whether an application met the threshold, under which rule version, and the fate of every complaint: the letter to
/// the applicant explains each one that did not count.
/// </summary>
public sealed record ThresholdDecision(
    string RuleVersion,
    DateOnly ReceivedOn,
    DateOnly WindowStart,
    bool Met,
    IReadOnlyList<ThresholdRoute> RoutesMet,
    int QualifyingIncidents,
    IReadOnlyList<ComplaintAssessment> Complaints);

/// <param name="Incident">1-based position of the incident in the application.</param>
/// <param name="Report">1-based position of the complaint under its incident; null when the incident was never reported.</param>
public sealed record ComplaintAssessment(
    int Incident,
    int? Report,
    string? Agency,
    DateOnly? ReportedOn,
    bool Qualifies,
    NonQualifyingReason? Reason,
    string? Explanation);

public enum ThresholdRoute
{
    /// <summary>Enough complaints about separate incidents.</summary>
    Standard,

    /// <summary>A qualifying complaint about a hate incident or crime.</summary>
    HateIncident,

    /// <summary>Enough applicants about the same problem.</summary>
    Group,
}

public enum NonQualifyingReason
{
    NotReported,
    ReportedAfterApplication,
    OutsideWindow,
    ReportedTooLate,
    SameIncidentAsAnother,
}
