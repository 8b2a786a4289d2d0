using CommunityTrigger.Api.Domain;

namespace CommunityTrigger.Api.Cases;

/// <summary>A case without personal data: what lists show and what the audit log records before and after a change.</summary>
public sealed record CaseSummary(
    Guid Id,
    string District,
    ApplicationChannel Channel,
    CaseStatus Status,
    DateOnly ReceivedOn,
    DateOnly DecisionDueOn,
    bool? ThresholdMet,
    string? ThresholdRuleVersion,
    DateOnly? ReviewHeldOn,
    int RecommendationCount,
    DateTimeOffset? OutcomeSentAt,
    DateOnly? AppealDueOn,
    AppealDecision? AppealDecision,
    DateTimeOffset? ClosedAt)
{
    public static CaseSummary From(TriggerCase c) => new(
        c.Id, c.District, c.Channel, c.Status, c.ReceivedOn, c.DecisionDueOn, c.ThresholdMet, c.ThresholdDecision?.RuleVersion,
        c.ReviewHeldOn, c.Recommendations.Count, c.OutcomeSentAt, c.AppealDueOn, c.Appeal?.Decision, c.ClosedAt);
}
