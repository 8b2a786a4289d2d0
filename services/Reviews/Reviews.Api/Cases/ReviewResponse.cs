using Reviews.Api.Domain;

namespace Reviews.Api.Cases;

/// <summary>A review as its managers and panel see it: the pseudonymous reference, never a name.</summary>
/// <param name="Type">Both names of the review (DHR / DARDR).</param>
/// <param name="AlsoKnownAs">The reference in its DARDR form.</param>
public sealed record ReviewResponse(
    Guid Id,
    string Reference,
    string District,
    ReviewStage Stage,
    Notification Notification,
    CriteriaEvaluation Criteria,
    DateOnly NotifiedOn,
    DateOnly DecisionDueOn,
    bool DecisionOverdue,
    ChairDecision? Decision,
    Commissioning? Commissioning,
    Timescale? Timescale,
    IReadOnlyList<Hold> Holds,
    IReadOnlyList<Extension> Extensions,
    IReadOnlyList<Contribution> Contributions,
    IReadOnlyList<ReportStep> Report,
    IReadOnlyList<Recommendation> Recommendations,
    DateOnly? PublishedOn,
    DateOnly? SentToCommissionerOn,
    DateOnly? ClosedOn,
    string? ClosureReason,
    string Type,
    string AlsoKnownAs)
{
    public static ReviewResponse From(ReviewCase review, DateOnly today, TimescalePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(review);
        return new(
            review.Id, review.Reference, review.District, review.Stage, review.Notification, review.Criteria, review.NotifiedOn,
            review.DecisionDueOn, review.DecisionOverdue(today), review.Decision, review.Commissioning, review.Timescale(policy, today),
            review.Holds, review.Extensions, review.Contributions, review.Report, review.Recommendations, review.PublishedOn,
            review.SentToCommissionerOn, review.ClosedOn, review.ClosureReason, ReviewNames.Label, ReviewNames.AlsoKnownAs(review.Reference));
    }
}

/// <summary>What the audit log keeps before and after a change: the shape of the review, nothing identifying.</summary>
public sealed record ReviewSummary(
    string Reference, ReviewStage Stage, DecisionOutcome? Decision, int Holds, int OpenHolds, int Contributions, int Recommendations, int Agreed)
{
    public static ReviewSummary From(ReviewCase review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return new(
            review.Reference, review.Stage, review.Decision?.Outcome, review.Holds.Count, review.Holds.Count(h => h.IsOpen),
            review.Contributions.Count, review.Recommendations.Count, review.Recommendations.Count(r => r.AgreedOn is not null));
    }
}
