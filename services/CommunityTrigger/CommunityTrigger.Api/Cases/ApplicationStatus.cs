using CommunityTrigger.Api.Domain;

namespace CommunityTrigger.Api.Cases;

/// <summary>What the applicant may see: progress, the threshold reasoning and the outcome, nothing about other people.</summary>
public sealed record ApplicationStatus(
    CaseStatus Status,
    DateOnly ReceivedOn,
    DateOnly DecisionDueOn,
    bool? ThresholdMet,
    IReadOnlyList<ComplaintAssessment>? Complaints,
    DateTimeOffset? OutcomeSentAt,
    string? OutcomeLetter,
    DateOnly? AppealDueOn,
    AppealDecision? AppealDecision)
{
    public static ApplicationStatus From(TriggerCase c) => new(
        c.Status, c.ReceivedOn, c.DecisionDueOn, c.ThresholdMet, c.ThresholdDecision?.Complaints, c.OutcomeSentAt, c.OutcomeLetter,
        c.AppealDueOn, c.Appeal?.Decision);
}
