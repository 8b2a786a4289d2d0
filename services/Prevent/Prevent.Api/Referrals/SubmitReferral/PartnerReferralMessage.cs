using System.ComponentModel.DataAnnotations;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.SubmitReferral;

/// <summary>
/// The raw JSON a partner system publishes to the intake queue (contracts/Prevent.Contracts/partner-referral.schema.json):
/// the HTTP request's fields plus who sent it and their own reference, which de-duplicates resends.
/// </summary>
public sealed record PartnerReferralMessage(
    [property: Required, StringLength(100)] string PartnerAgency,
    [property: Required, StringLength(200, MinimumLength = 1)] string ReferralReference,
    [property: Required] Sector? Sector,
    [property: Required] PersonRequest Person,
    [property: Required, StringLength(40)] string District,
    [property: Required, StringLength(8000, MinimumLength = 10)] string Concerns,
    [property: Required] IdeologyCategory? Ideology,
    [property: MaxLength(10)] IReadOnlyList<RiskIndicator>? RiskFlags = null,
    [property: StringLength(100)] string? ReferrerAgency = null)
{
    public ReferralRequest ToRequest() => new(Sector, Person, District, Concerns, Ideology, RiskFlags, ReferrerAgency);
}
