using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Gateway.Tests.Infrastructure;

/// <summary>
/// Tokens shaped like the development issuer's, with the subject and validity the test needs
/// (Platform.Testing's DevTokens chooses the subject itself; per-subject rate limits need it chosen here).
/// </summary>
internal static class TestTokens
{
    public static string Issue(
        string signingKeyBase64,
        string subject,
        DateTime? expires = null,
        string issuer = "csp-dev",
        string audience = "csp-platform")
    {
        var expiry = expires ?? DateTime.UtcNow.AddMinutes(10);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expiry.AddMinutes(-20),
            NotBefore = expiry.AddMinutes(-20),
            Expires = expiry,
            Claims = new Dictionary<string, object>
            {
                ["sub"] = subject,
                ["agency"] = "norfolk-opcc",
                ["role"] = "analyst",
            },
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Convert.FromBase64String(signingKeyBase64)), SecurityAlgorithms.HmacSha256),
        });
    }

    public static string OtherKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
