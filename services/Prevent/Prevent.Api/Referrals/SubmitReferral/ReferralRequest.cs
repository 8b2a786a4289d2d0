using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.SubmitReferral;

/// <summary>
/// A referral as partner systems and staff send it (the AMQP door's JSON Schema describes the same shape).
/// <see cref="ReferrerAgency"/> defaults to the sender's agency (<see cref="Sender"/>); it is serialised first, where it
/// was when it was required, so fingerprints of referrals received before stay the same.
/// </summary>
public sealed record ReferralRequest(
    [property: Required] Sector? Sector,
    [property: Required] PersonRequest Person,
    [property: Required, StringLength(40)] string District,
    [property: Required, StringLength(8000, MinimumLength = 10)] string Concerns,
    [property: Required] IdeologyCategory? Ideology,
    [property: MaxLength(10)] IReadOnlyList<RiskIndicator>? RiskFlags = null,
    [property: StringLength(100), JsonPropertyOrder(-1)] string? ReferrerAgency = null)
{
    public NewReferral ToNewReferral() => new(
        ReferrerAgency ?? "", Sector!.Value, new PersonDetails(Person.Name, Person.DateOfBirth, Person.AgeBand), District, Concerns, Ideology!.Value,
        RiskFlags ?? []);

    /// <summary>
    /// What was sent, as one hash: a resend under the same key with the same fingerprint is a retry, with another
    /// fingerprint a different referral. The same for both doors, as both send this request.
    /// </summary>
    public string Fingerprint(JsonSerializerOptions options) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(this, options)));
}

public sealed record PersonRequest(
    [property: Required, StringLength(200)] string Name,
    DateOnly? DateOfBirth = null,
    [property: StringLength(10)] string? AgeBand = null);
