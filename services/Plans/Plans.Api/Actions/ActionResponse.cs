using Plans.Api.Domain;

namespace Plans.Api.Actions;

/// <param name="Status">As its owner last set it.</param>
/// <param name="ReportedStatus">As reported: <c>off-track</c> when overdue, otherwise <paramref name="Status"/>.</param>
/// <param name="Overdue">Past its due date (today in England) and not complete.</param>
public sealed record ActionResponse(
    Guid Id,
    Guid? PriorityId,
    string Description,
    string OwnerAgency,
    DateOnly DueOn,
    IReadOnlyList<Milestone> Milestones,
    string? SuccessMeasure,
    string Enabler,
    ActionStatus Status,
    ActionStatus ReportedStatus,
    bool Overdue,
    string? SourceReviewReference,
    Guid? SourceRecommendationId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    uint Version)
{
    public static ActionResponse From(DeliveryAction a, DateOnly today) => new(
        a.Id, a.PriorityId, a.Description, a.OwnerAgency, a.DueOn, a.Milestones, a.SuccessMeasure, a.Enabler, a.Status,
        a.ReportedStatus(today), a.IsOverdue(today), a.SourceReviewReference, a.SourceRecommendationId, a.CreatedAt,
        a.CompletedAt, a.Version);
}
