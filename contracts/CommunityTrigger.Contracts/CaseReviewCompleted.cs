using MassTransit;
using Platform.Contracts;

namespace CommunityTrigger.Contracts;

/// <summary>
/// A case review was carried out and its outcome sent to the applicant. Plans counts reviews and reviews with
/// recommendations per district.
/// </summary>
[MessageUrn("csp:community-trigger:case-review-completed:v1")]
[EntityName("community-trigger.case-review-completed.v1")]
public sealed record CaseReviewCompleted : IntegrationEvent
{
    public required Guid CaseId { get; init; }

    public required string District { get; init; }

    public required DateOnly ReviewHeldOn { get; init; }

    public required int RecommendationCount { get; init; }

    /// <summary>Owner agency slugs of the recommendations, one per agency.</summary>
    public required IReadOnlyList<string> RecommendationOwners { get; init; }
}
