using Identity.Api.SignIn;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace Identity.Api.Connect;

/// <summary>Signs the person out here, then OpenIddict returns them to the client's registered post-logout address.</summary>
public static class EndSessionEndpoint
{
    public static async Task<IResult> Handle(HttpContext context)
    {
        await context.SignOutAsync(SignInCookie.Scheme);
        return Results.SignOut(
            new AuthenticationProperties { RedirectUri = context.Request.PathBase + "/account/signed-out" },
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
