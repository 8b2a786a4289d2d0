using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Contracts;

namespace Platform.Testing;

/// <summary>
/// Tokens the platform must refuse, for the tests that show it does: signed with the wrong key or algorithm, not signed
/// at all, or signed with the test authority's key but saying something it would never issue. Never used to get in.
/// </summary>
public static class ForgedTokens
{
    /// <summary>The HS256 key docker-compose.yml used to fall back to (public in the repository's history).</summary>
    public const string OldDevelopmentKey = "ZGV2LW9ubHktbm90LWEtc2VjcmV0LWNoYW5nZS1tZSE=";

    /// <summary>HS256 with <paramref name="base64Key"/>, issuer and audience as the old development tokens had them unless given.</summary>
    public static string Symmetric(string base64Key, string issuer = "csp-dev", string audience = "csp-platform") =>
        Sign(new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(base64Key)), SecurityAlgorithms.HmacSha256),
            issuer, audience, DateTime.UtcNow, TimeSpan.FromMinutes(10));

    /// <summary>A token signed as the authority signs, but with whatever issuer, audience and times the test needs.</summary>
    public static string WithAuthorityKey(TestAuthority authority, string? issuer = null, string audience = "plans",
        TimeSpan? lifetime = null, DateTime? issued = null)
    {
        ArgumentNullException.ThrowIfNull(authority);
        return Sign(new SigningCredentials(authority.SigningKey, SecurityAlgorithms.RsaSha256), issuer ?? authority.Issuer, audience,
            issued ?? DateTime.UtcNow, lifetime ?? TimeSpan.FromMinutes(10));
    }

    /// <summary><c>alg: none</c>: claims anyone could write, with no signature.</summary>
    public static string WithoutSignature(TestAuthority authority, string audience = "plans")
    {
        ArgumentNullException.ThrowIfNull(authority);
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = authority.Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(Claims()),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
        });
    }

    private static string Sign(SigningCredentials credentials, string issuer, string audience, DateTime issued, TimeSpan lifetime)
    {
        var expires = issued + lifetime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(Claims()),
            IssuedAt = issued,
            NotBefore = issued,
            Expires = expires,
            SigningCredentials = credentials,
        });
    }

    private static List<Claim> Claims() =>
    [
        new(ClaimNames.Subject, "forger"),
        new(ClaimNames.Agency, Agencies.Opcc),
        new(ClaimNames.Role, Roles.PartnershipOfficer),
        new(ClaimNames.Role, Roles.Ops),
    ];
}
