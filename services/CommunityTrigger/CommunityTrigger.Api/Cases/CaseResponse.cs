using CommunityTrigger.Api.Domain;

namespace CommunityTrigger.Api.Cases;

/// <summary>The whole case, for the staff who handle it.</summary>
public sealed record CaseResponse(
    Guid Id,
    string District,
    ApplicationChannel Channel,
    CaseStatus Status,
    Applicant Applicant,
    string ProblemSummary,
    IReadOnlyList<Incident> Incidents,
    IReadOnlyList<AffectedPerson> PeopleAffected,
    int ApplicantCount,
    DateTimeOffset ReceivedAt,
    DateOnly ReceivedOn,
    DateOnly DecisionDueOn,
    DeadlineStatus? DecisionDeadline,
    ThresholdDecision? ThresholdDecision,
    DateTimeOffset? ThresholdDecidedAt,
    ReviewMeeting? ReviewMeeting,
    IReadOnlyList<RecommendationResponse> Recommendations,
    string? OutcomeLetter,
    DateTimeOffset? OutcomeSentAt,
    DateOnly? AppealDueOn,
    Appeal? Appeal,
    DateTimeOffset? ClosedAt,
    uint Version)
{
    public static CaseResponse From(TriggerCase c, DeadlineStatus? decisionDeadline) => new(
        c.Id, c.District, c.Channel, c.Status, c.Applicant, c.ProblemSummary, c.Incidents, c.PeopleAffected, c.ApplicantCount,
        c.ReceivedAt, c.ReceivedOn, c.DecisionDueOn, decisionDeadline, c.ThresholdDecision, c.ThresholdDecidedAt, c.ReviewMeeting,
        [.. c.Recommendations.OrderBy(r => r.Id).Select(RecommendationResponse.From)],
        c.OutcomeLetter, c.OutcomeSentAt, c.AppealDueOn, c.Appeal, c.ClosedAt, c.Version);
}

public sealed record RecommendationResponse(
    Guid Id, string Text, string OwnerAgency, DateOnly DueOn, DateTimeOffset MadeAt, DateTimeOffset? CompletedAt, string? CompletionNote)
{
    public static RecommendationResponse From(Recommendation r) =>
        new(r.Id, r.Text, r.OwnerAgency, r.DueOn, r.MadeAt, r.CompletedAt, r.CompletionNote);
}
