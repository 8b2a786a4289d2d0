using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Contracts;

namespace Platform.Testing;

/// <summary>
/// Development and test JWTs (HS256) with the platform's claims. The only token signer in the repository:
/// tools/DevToken (<c>./platform token</c>) references this project and calls <see cref="Issue"/>.
/// </summary>
public static class DevTokens
{
    /// <param name="lifetime">Defaults to an hour; zero or negative issues an already expired token.</param>
    /// <param name="subject">Defaults to one stable subject per agency, roles and district.</param>
    public static string Issue(string signingKeyBase64, string agency, IEnumerable<string> roles,
        string? district = null, TimeSpan? lifetime = null, string issuer = "csp-dev", string audience = "csp-platform",
        string? subject = null)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var roleList = roles.ToList();
        var claims = new List<Claim>
        {
            new(ClaimNames.Subject, subject ?? $"dev:{agency}:{string.Join('+', roleList)}{(district is null ? "" : ":" + district)}"),
            new(ClaimNames.Agency, agency),
        };
        claims.AddRange(roleList.Select(role => new Claim(ClaimNames.Role, role)));
        if (district is not null)
        {
            claims.Add(new Claim(ClaimNames.District, district));
        }

        var now = DateTime.UtcNow;
        var expires = now + (lifetime ?? TimeSpan.FromHours(1));
        var issued = expires > now ? now : expires.AddMinutes(-5);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = issued,
            NotBefore = issued,
            Expires = expires,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Convert.FromBase64String(signingKeyBase64)), SecurityAlgorithms.HmacSha256),
        });
    }
}
