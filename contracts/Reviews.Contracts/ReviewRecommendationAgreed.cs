using MassTransit;
using Platform.Contracts;

namespace Reviews.Contracts;

/// <summary>
/// A review's recommendation was agreed. Plans turns it into an action in the composite action plan (exactly once
/// per <see cref="RecommendationId"/>). Identifies the review by its pseudonymous reference only; the text is
/// written with the review's pseudonyms.
/// </summary>
[MessageUrn("csp:reviews:recommendation-agreed:v1")]
[EntityName("reviews.recommendation-agreed.v1")]
public sealed record ReviewRecommendationAgreed : IntegrationEvent
{
    public required Guid RecommendationId { get; init; }

    /// <summary>Pseudonymous reference, e.g. <c>DHR-2026-0001</c>.</summary>
    public required string ReviewReference { get; init; }

    /// <summary><c>early-learning</c> or <c>smart-action</c>.</summary>
    public required string Kind { get; init; }

    /// <summary><c>training</c>, <c>awareness-raising</c>, <c>process-improvement</c>, <c>management-grip</c> or <c>policy-response</c>.</summary>
    public required string Category { get; init; }

    public required string Text { get; init; }

    /// <summary>Agency slug (<see cref="Agencies"/>).</summary>
    public required string OwnerAgency { get; init; }

    public required DateOnly DueOn { get; init; }

    public required DateOnly AgreedOn { get; init; }
}
