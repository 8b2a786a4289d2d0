using MassTransit;
using Platform.Contracts;

namespace Reviews.Contracts;

/// <summary>
/// A Domestic Homicide Review (Domestic Abuse Related Death Review) was commissioned: the independent chair/author
/// and panel appointed after the decision to commission, on its own or jointly with a Safeguarding Adults Review.
/// Plans counts reviews commissioned per district. Carries the pseudonymous reference only: nothing about the
/// victim, the perpetrator or the family.
/// </summary>
[MessageUrn("csp:reviews:review-commissioned:v1")]
[EntityName("reviews.review-commissioned.v1")]
[DisclosureControlled]
public sealed record ReviewCommissioned : IntegrationEvent
{
    public required Guid ReviewId { get; init; }

    /// <summary>Pseudonymous reference, e.g. <c>DHR-2026-0001</c>.</summary>
    public required string ReviewReference { get; init; }

    /// <summary>District slug (<see cref="Districts"/>).</summary>
    public required string District { get; init; }

    /// <summary>The day the chair decided to commission; the six-month target runs from here.</summary>
    public required DateOnly DecidedOn { get; init; }

    /// <summary>The day the independent chair/author was appointed.</summary>
    public required DateOnly ChairAppointedOn { get; init; }

    /// <summary>True for a joint review with a Safeguarding Adults Review.</summary>
    public required bool JointWithSafeguardingAdultsReview { get; init; }
}
