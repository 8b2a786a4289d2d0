using System.Security.Claims;
using Identity.Api.Users;
using OpenIddict.Abstractions;
using Platform.Contracts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Identity.Api.Connect;

/// <summary>
/// The principal OpenIddict turns into tokens: the platform's claims (<see cref="ClaimNames"/>), the granted scopes,
/// and as audiences the services among them. Every platform claim goes into access and identity tokens.
/// </summary>
public static class PlatformClaims
{
    public static ClaimsPrincipal For(PlatformUser user, IEnumerable<string> scopes, IEnumerable<string> audiences)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = new ClaimsIdentity(
            authenticationType: "platform", nameType: Claims.Name, roleType: ClaimNames.Role);
        identity.SetClaim(Claims.Subject, user.Subject)
            .SetClaim(Claims.Name, user.DisplayName)
            .SetClaim(ClaimNames.Agency, user.Agency)
            .SetClaim(ClaimNames.District, user.District)
            .SetClaims(ClaimNames.Role, [.. user.Roles]);
        identity.SetScopes(scopes).SetResources(audiences);
        identity.SetDestinations(static claim => claim.Type switch
        {
            Claims.Subject or ClaimNames.Agency or ClaimNames.Role or ClaimNames.District or Claims.Name =>
                [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return new ClaimsPrincipal(identity);
    }
}
