using MassTransit;
using Platform.Contracts;

namespace Reviews.Contracts;

/// <summary>
/// The partnership chair decided not to commission a Domestic Homicide Review (Domestic Abuse Related Death Review)
/// for a notified death. Plans counts decisions (commissioned and not) per district. Carries the pseudonymous
/// reference, the district and dates only: nothing about the victim, the perpetrator, the family or the chair's reasons.
/// </summary>
[MessageUrn("csp:reviews:review-not-commissioned:v1")]
[EntityName("reviews.review-not-commissioned.v1")]
[DisclosureControlled]
public sealed record ReviewNotCommissioned : IntegrationEvent
{
    public required Guid ReviewId { get; init; }

    /// <summary>Pseudonymous reference, e.g. <c>DHR-2026-0001</c>.</summary>
    public required string ReviewReference { get; init; }

    /// <summary>District slug (<see cref="Districts"/>).</summary>
    public required string District { get; init; }

    /// <summary>The day the death was notified to the partnership.</summary>
    public required DateOnly NotifiedOn { get; init; }

    /// <summary>The day the chair decided.</summary>
    public required DateOnly DecidedOn { get; init; }

    /// <summary>Whether the statutory criteria looked met on the notification (a chair may still decide otherwise).</summary>
    public required bool CriteriaMet { get; init; }
}
