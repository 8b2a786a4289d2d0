using System.Security.Claims;
using Identity.Api.Configuration;
using Identity.Api.Data;
using Identity.Api.Keys;
using Identity.Api.SignIn;
using Identity.Api.Users;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Client;
using OpenIddict.Client.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Identity.Api.Federation;

/// <summary>
/// Sign-in through external OpenID Connect providers (OpenIddict's client, authorization code with PKCE). The
/// provider's person becomes a platform user through <see cref="ClaimsMapping"/>; the account is stored (no password)
/// so refresh tokens can re-read it, and its roles are replaced at every sign-in.
/// </summary>
public static class FederationSetup
{
    private const string CallbackPath = "account/external/callback";

    public static IServiceCollection AddFederation(this IServiceCollection services, AuthorityOptions options, AuthorityKeys keys)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(keys);
        if (options.Federation.Providers.Count == 0)
        {
            return services;
        }

        services.AddOpenIddict().AddClient(client =>
        {
            client.AllowAuthorizationCodeFlow();
            client.AddSigningCredentials(keys.Signing[0]);
            client.AddEncryptionKey(keys.Encryption);
            client.UseAspNetCore().EnableRedirectionEndpointPassthrough();
            client.UseSystemNetHttp();
            client.SetRedirectionEndpointUris(CallbackPath);
            foreach (var provider in options.Federation.Providers)
            {
                var registration = new OpenIddictClientRegistration
                {
                    Issuer = provider.Authority,
                    ProviderName = provider.Name,
                    ProviderDisplayName = provider.DisplayName,
                    ClientId = provider.ClientId,
                    ClientSecret = provider.ReadClientSecret(),
                    RedirectUri = new Uri(CallbackPath, UriKind.Relative),
                };
                registration.Scopes.UnionWith(provider.Scopes);
                client.AddRegistration(registration);
            }
        });
        return services;
    }

    public static IEndpointRouteBuilder MapFederation(this IEndpointRouteBuilder endpoints, AuthorityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Federation.Providers.Count == 0)
        {
            return endpoints;
        }

        endpoints.MapGet("/account/external/{provider}", (string provider, string? returnUrl) =>
            options.Federation.Providers.Any(p => p.Name == provider)
                ? Results.Challenge(
                    new AuthenticationProperties(new Dictionary<string, string?>
                    {
                        [OpenIddictClientAspNetCoreConstants.Properties.ProviderName] = provider,
                    })
                    { RedirectUri = SignInEndpoints.LocalOrNull(returnUrl) ?? "/" },
                    [OpenIddictClientAspNetCoreDefaults.AuthenticationScheme])
                : Results.NotFound()).ExcludeFromDescription();
        endpoints.MapMethods("/" + CallbackPath, ["GET", "POST"], Callback).ExcludeFromDescription().DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> Callback(HttpContext context, IdentityDbContext db, AuthorityOptions options,
        IAntiforgery antiforgery, TimeProvider time)
    {
        var result = await context.AuthenticateAsync(OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
        var providerName = result.Principal?.GetClaim(Claims.Private.ProviderName);
        var provider = options.Federation.Providers.SingleOrDefault(p => p.Name == providerName);
        if (!result.Succeeded || provider is null)
        {
            return SignInEndpoints.Form(context, antiforgery, options, null, null,
                "Signing in with your organisation's account did not work. Try again.", StatusCodes.Status400BadRequest);
        }

        var (user, refusal) = ClaimsMapping.Map(provider, result.Principal!);
        if (user is null)
        {
            return SignInEndpoints.Form(context, antiforgery, options, null, null, refusal, StatusCodes.Status403Forbidden);
        }

        var account = await db.Users.SingleOrDefaultAsync(u => u.Subject == user.Subject);
        if (account is null)
        {
            db.Users.Add(new UserAccount(user, userName: null, passwordHash: null, provider.Name, time.GetUtcNow()));
        }
        else
        {
            account.Update(user, time.GetUtcNow());
        }

        await db.SaveChangesAsync();
        var session = new ClaimsIdentity([new Claim(Claims.Subject, user.Subject)], SignInCookie.Scheme, Claims.Subject, null);
        await context.SignInAsync(SignInCookie.Scheme, new ClaimsPrincipal(session));
        return Results.Redirect(SignInEndpoints.LocalOrNull(result.Properties?.RedirectUri) ?? context.Request.PathBase + "/");
    }
}
