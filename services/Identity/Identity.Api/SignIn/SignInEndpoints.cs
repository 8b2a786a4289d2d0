using System.Security.Claims;
using Identity.Api.Configuration;
using Identity.Api.Data;
using Identity.Api.Users;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Identity.Api.SignIn;

/// <summary>
/// The sign-in form for people with a password here. Every page says <c>no-store</c> and carries its own
/// Content-Security-Policy (the gateway's API policy would block the stylesheet).
/// </summary>
public static class SignInEndpoints
{
    public const string SignInPath = "/account/sign-in";
    private const string WrongCredentials = "Enter a correct user name and password";
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'self'";

    /// <summary>Checked when the user name is unknown, so a wrong name takes as long as a wrong password.</summary>
    private static readonly string UnknownUserHash = new PasswordHasher<UserAccount>().HashPassword(null!, Guid.NewGuid().ToString());

    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SignInPath, ShowForm).ExcludeFromDescription();
        endpoints.MapPost(SignInPath, SignIn).ExcludeFromDescription().DisableAntiforgery(); // validated explicitly below
        endpoints.MapGet("/account/signed-out", (HttpContext context) => Page(context, SignInPage.Message(BasePath(context), "You have signed out")))
            .ExcludeFromDescription();
        endpoints.MapGet("/assets/identity.css", () => Results.Text(SignInPage.Stylesheet, "text/css")).ExcludeFromDescription();
        return endpoints;
    }

    private static IResult ShowForm(HttpContext context, IAntiforgery antiforgery, AuthorityOptions options, string? returnUrl) =>
        Form(context, antiforgery, options, LocalOrNull(returnUrl), userName: null, error: null, StatusCodes.Status200OK);

    private static async Task<IResult> SignIn(HttpContext context, IAntiforgery antiforgery, IdentityDbContext db,
        AuthorityOptions options, IPasswordHasher<UserAccount> hasher)
    {
        if (!context.Request.HasFormContentType)
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync();
        var returnUrl = LocalOrNull(form["ReturnUrl"]);
        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return Form(context, antiforgery, options, returnUrl, null, "Your sign-in form expired. Sign in again.", StatusCodes.Status400BadRequest);
        }

        var userName = form["username"].ToString().Trim();
        var password = form["password"].ToString();
        var lookup = userName.ToLowerInvariant(); // stored lower-case
        var user = userName.Length == 0
            ? null
            : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == lookup);
        var verified = hasher.VerifyHashedPassword(user!, user?.PasswordHash ?? UnknownUserHash, password);
        if (user?.PasswordHash is null || verified == PasswordVerificationResult.Failed)
        {
            return Form(context, antiforgery, options, returnUrl, userName, WrongCredentials, StatusCodes.Status400BadRequest);
        }

        var session = new ClaimsIdentity([new Claim(Claims.Subject, user.Subject)], SignInCookie.Scheme, Claims.Subject, null);
        await context.SignInAsync(SignInCookie.Scheme, new ClaimsPrincipal(session));
        return returnUrl is null
            ? Page(context, SignInPage.Message(BasePath(context), "You are signed in"))
            : Results.Redirect(returnUrl);
    }

    internal static IResult Form(HttpContext context, IAntiforgery antiforgery, AuthorityOptions options, string? returnUrl,
        string? userName, string? error, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var html = SignInPage.Render(BasePath(context), returnUrl ?? "", tokens.FormFieldName, tokens.RequestToken!, userName, error,
            options.Federation.Providers.Select(p => (p.Name, p.DisplayName)));
        return Page(context, html, status);
    }

    internal static IResult Page(HttpContext context, string html, int status = StatusCodes.Status200OK)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    internal static string BasePath(HttpContext context) => context.Request.PathBase + "/";

    /// <summary>Only addresses on this site: an open redirect would let a phishing link borrow the sign-in page.</summary>
    internal static string? LocalOrNull(string? returnUrl) =>
        returnUrl is { Length: > 1 } url && url[0] == '/' && url[1] is not ('/' or '\\') ? url : null;
}
