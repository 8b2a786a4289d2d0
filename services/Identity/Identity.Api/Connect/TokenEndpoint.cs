using Identity.Api.Configuration;
using Identity.Api.Data;
using Identity.Api.Users;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Platform.Contracts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Identity.Api.Connect;

/// <summary>
/// The token endpoint after OpenIddict has authenticated the client and checked the grant. Client credentials: the
/// partner's agency comes from its registration, never from the request. Code and refresh: the person is read again,
/// so a changed role or a removed account takes effect at the next refresh, not at the end of the session.
/// </summary>
public static class TokenEndpoint
{
    /// <summary>A request parameter some partners might send hoping to act for another agency; refused, not ignored.</summary>
    public const string AgencyParameter = "agency";

    public static async Task<IResult> Handle(HttpContext context, IdentityDbContext db, AuthorityOptions options)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("OpenIddict did not handle this request.");
        if (request.IsClientCredentialsGrantType())
        {
            return ForPartner(request, options);
        }

        if (request.GrantType == DevelopmentTokens.GrantType && options.DevelopmentTokens is not null)
        {
            return DevelopmentTokens.Issue(request, options);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var granted = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var subject = granted.Principal?.GetClaim(Claims.Subject);
            var user = subject is null ? null : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Subject == subject);
            if (user is null)
            {
                return AuthorizeEndpoint.Refuse(Errors.InvalidGrant, "The account this grant was issued to no longer exists.");
            }

            var scopes = granted.Principal!.GetScopes();
            var audiences = granted.Principal!.GetResources();
            return Results.SignIn(PlatformClaims.For(user.ToPlatformUser(), scopes, audiences),
                authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return AuthorizeEndpoint.Refuse(Errors.UnsupportedGrantType, "Use authorization_code, refresh_token or client_credentials.");
    }

    private static IResult ForPartner(OpenIddictRequest request, AuthorityOptions options)
    {
        var partner = options.Partners.Single(p => p.ClientId == request.ClientId);
        if ((string?)request[AgencyParameter] is { } asked && asked != partner.Agency)
        {
            return AuthorizeEndpoint.Refuse(Errors.InvalidRequest,
                $"A client speaks only for the agency it is registered for ({partner.Agency}); '{AgencyParameter}' cannot choose another.");
        }

        var (scopes, audiences) = GrantedScopes.From(request.GetScopes(), partner.Apis);
        var user = new PlatformUser($"client:{partner.ClientId}", partner.DisplayName ?? partner.ClientId, partner.Agency,
            [Roles.PartnerSystem], partner.District);
        return Results.SignIn(PlatformClaims.For(user, scopes, audiences),
            authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
