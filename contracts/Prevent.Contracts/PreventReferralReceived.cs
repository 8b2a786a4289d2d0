using MassTransit;
using Platform.Contracts;

namespace Prevent.Contracts;

/// <summary>
/// A Prevent referral was received, by either door. Plans counts referrals by sector, age band and district;
/// the referral id is pseudonymous and nothing about the person or the concerns is carried.
/// </summary>
[MessageUrn("csp:prevent:referral-received:v1")]
[EntityName("prevent.referral-received.v1")]
[DisclosureControlled]
public sealed record PreventReferralReceived : IntegrationEvent
{
    /// <summary>Pseudonymous referral id: the same id the Prevent service uses, meaningless elsewhere.</summary>
    public required Guid ReferralId { get; init; }

    /// <summary><c>education</c>, <c>health</c>, <c>local-authority</c>, <c>police</c> or <c>other</c>.</summary>
    public required string Sector { get; init; }

    /// <summary>Home Office age band, e.g. <c>15-17</c>, or <c>unknown</c>.</summary>
    public required string AgeBand { get; init; }

    /// <summary>District slug (<see cref="Districts"/>).</summary>
    public required string District { get; init; }
}
