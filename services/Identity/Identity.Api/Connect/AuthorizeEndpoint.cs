using Identity.Api.Configuration;
using Identity.Api.Data;
using Identity.Api.SignIn;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Identity.Api.Connect;

/// <summary>
/// The authorization endpoint after OpenIddict has checked the request (client, redirect URI, PKCE): a person not
/// signed in here is sent to the sign-in page and back; a signed-in person gets a code for the web front-end.
/// Consent is implicit: the only client allowed here is the partnership's own front-end.
/// </summary>
public static class AuthorizeEndpoint
{
    public static async Task<IResult> Handle(HttpContext context, IdentityDbContext db, AuthorityOptions options)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("OpenIddict did not handle this request.");
        var session = await context.AuthenticateAsync(SignInCookie.Scheme);
        var subject = session.Succeeded ? session.Principal.GetClaim(Claims.Subject) : null;
        var user = subject is null ? null : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Subject == subject);
        if (user is null || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Refuse(Errors.LoginRequired, "The user is not signed in.");
            }

            var parameters = context.Request.HasFormContentType
                ? context.Request.Form.Where(p => p.Key != Parameters.Prompt).ToList()
                : context.Request.Query.Where(p => p.Key != Parameters.Prompt).ToList();
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = context.Request.PathBase + context.Request.Path + QueryString.Create(parameters) },
                [SignInCookie.Scheme]);
        }

        var (scopes, audiences) = GrantedScopes.From(request.GetScopes(), options.Apis);
        return Results.SignIn(PlatformClaims.For(user.ToPlatformUser(), scopes, audiences),
            authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    internal static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
