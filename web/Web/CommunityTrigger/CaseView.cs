namespace Platform.Web.CommunityTrigger;

/// <summary>A case as the SPOC handling it sees it (<c>GET /api/community-trigger/cases/{id}</c>); enums as the API spells them.</summary>
public sealed record CaseView(
    Guid Id,
    string District,
    string Status,
    ApplicantView Applicant,
    string ProblemSummary,
    IReadOnlyList<IncidentView> Incidents,
    DateOnly ReceivedOn,
    DateOnly DecisionDueOn,
    string? DecisionDeadline,
    ThresholdDecisionView? ThresholdDecision,
    ReviewMeetingView? ReviewMeeting,
    IReadOnlyList<RecommendationView> Recommendations,
    string? OutcomeLetter,
    DateTimeOffset? OutcomeSentAt,
    DateOnly? AppealDueOn)
{
    public bool AwaitsThresholdDecision => Status == "received";

    public bool AwaitsReviewMeeting => Status == "threshold-met";

    public bool TakesRecommendations => Status is "review-meeting-held" or "recommendations-made";

    public bool AwaitsOutcome => Status is "threshold-not-met" or "review-meeting-held" or "recommendations-made";
}

public sealed record ApplicantView(string Name, string Capacity, string? Email, string? Phone, string? OnBehalfOf);

public sealed record IncidentView(DateOnly OccurredOn, string Description, bool HateMotivated, IReadOnlyList<IncidentReportView> Reports);

public sealed record IncidentReportView(string Agency, DateOnly ReportedOn);

public sealed record ThresholdDecisionView(
    string RuleVersion, DateOnly WindowStart, bool Met, IReadOnlyList<string> RoutesMet, int QualifyingIncidents,
    IReadOnlyList<ComplaintAssessment> Complaints);

public sealed record ReviewMeetingView(DateOnly HeldOn, IReadOnlyList<string> AttendingAgencies, string? UnmetNeeds);

public sealed record RecommendationView(Guid Id, string Text, string OwnerAgency, DateOnly DueOn, DateTimeOffset? CompletedAt);
