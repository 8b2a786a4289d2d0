using Identity.Api.Configuration;
using Identity.Api.Users;
using Microsoft.Extensions.Primitives;
using OpenIddict.Abstractions;
using Platform.Contracts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Identity.Api.Connect;

/// <summary>
/// Development and tests only: a token for any agency, roles and district, for <c>./platform token</c> and test
/// fixtures, signed like every other token. Only the client named in <c>Identity:DevelopmentTokens</c> may use the
/// grant, and start-up refuses that setting outside Development.
/// </summary>
public static partial class DevelopmentTokens
{
    public const string GrantType = "urn:csp:params:oauth:grant-type:development";

    public static IResult Issue(OpenIddictRequest request, AuthorityOptions options)
    {
        var agency = (string?)request["agency"];
        var roles = ((StringValues)request["role"]).OfType<string>().ToList();
        var district = (string?)request["district"];
        var subject = (string?)request["subject"];
        if (!Agencies.IsWellFormed(agency))
        {
            return AuthorizeEndpoint.Refuse(Errors.InvalidRequest, "agency must be an agency slug such as norfolk-opcc.");
        }

        // Tests need people with no role, or with a role the platform does not know, to show they are refused.
        if (roles.Any(role => !WellFormedRole().IsMatch(role)))
        {
            return AuthorizeEndpoint.Refuse(Errors.InvalidRequest, $"role must be a role slug such as {Roles.PartnershipOfficer} (known: {string.Join(", ", Roles.All)}).");
        }

        if (district is not null && !Districts.IsArea(district))
        {
            return AuthorizeEndpoint.Refuse(Errors.InvalidRequest, $"district must be one of: {string.Join(", ", Districts.All)}, {Districts.County}.");
        }

        var user = new PlatformUser(
            subject ?? $"dev:{agency}:{string.Join('+', roles)}{(district is null ? "" : ":" + district)}",
            subject ?? "Development user", agency!, roles, district);
        var (scopes, audiences) = GrantedScopes.From(request.GetScopes(), options.Apis);
        return Results.SignIn(PlatformClaims.For(user, scopes, audiences),
            authenticationScheme: OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z][a-z0-9-]{0,63}$")]
    private static partial System.Text.RegularExpressions.Regex WellFormedRole();
}
