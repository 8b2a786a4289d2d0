using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Platform.Contracts;
using Platform.Web.Navigation;
using Platform.Web.Security;

namespace Platform.Web.Account;

/// <summary>
/// Sign-in at the identity service with authorization code + PKCE (the handler sends the verifier), tokens saved into
/// the server-side ticket, a Secure, HttpOnly, SameSite=Lax cookie holding only the ticket's key, an idle timeout, and
/// the access token refreshed before it expires (<see cref="TokenRefresh"/>).
/// </summary>
internal static class PersonSignIn
{
    public const string CookieName = "csp-web";

    public static IServiceCollection AddPersonSignIn(this IServiceCollection services, WebSettings settings)
    {
        services.AddSingleton<ServerSideTickets>();
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, UseServerSideTickets>();
        services.AddHttpClient(TokenRefresh.ClientName).ForwardingPersonAddress(settings);
        services.AddSingleton<TokenRefresh>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                cookie.Cookie.SameSite = SameSiteMode.Lax; // Strict would drop it on the redirect back from sign-in
                cookie.ExpireTimeSpan = settings.SessionIdleTimeout;
                cookie.SlidingExpiration = true;
                cookie.AccessDeniedPath = "/access-denied";
                cookie.Events.OnValidatePrincipal = context =>
                    context.HttpContext.RequestServices.GetRequiredService<TokenRefresh>().KeepFreshAsync(context);
            })
            .AddOpenIdConnect(oidc =>
            {
                oidc.Authority = settings.AuthorityAddress.ToString();
                oidc.RequireHttpsMetadata = settings.AuthorityAddress.Scheme == Uri.UriSchemeHttps;
                oidc.ClientId = settings.ClientId;
                oidc.ResponseType = OpenIdConnectResponseType.Code;
                oidc.ResponseMode = OpenIdConnectResponseMode.Query;
                oidc.UsePkce = true;
                // The code exchange is counted against the person signing in, not against this tier (PersonAddress).
                oidc.BackchannelHttpHandler = new ForwardPersonAddress(new HttpContextAccessor()) { InnerHandler = PersonAddress.Handler(settings) };
                oidc.SaveTokens = true;
                oidc.MapInboundClaims = false;
                oidc.GetClaimsFromUserInfoEndpoint = false;
                oidc.CallbackPath = "/signed-in";
                oidc.SignedOutCallbackPath = "/signed-out";
                oidc.SignedOutRedirectUri = "/you-have-signed-out";
                oidc.Scope.Clear();
                foreach (var scope in (string[])["openid", "profile", "offline_access", .. settings.Apis])
                {
                    oidc.Scope.Add(scope);
                }

                oidc.TokenValidationParameters.NameClaimType = "name";
                oidc.TokenValidationParameters.RoleClaimType = ClaimNames.Role;
                oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.Always;
                oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.Always;
                oidc.Events.OnRemoteFailure = context =>
                {
                    // A refused or abandoned sign-in: a page that says so, not an exception.
                    context.Response.Redirect("/sign-in-failed");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        services.AddAuthorization(options => options.AddAreaPolicies());
        return services;
    }

    /// <summary>When the person's access token stops being valid, as the identity service said when it was issued.</summary>
    public static DateTimeOffset? AccessTokenExpiry(AuthenticationProperties properties) =>
        DateTimeOffset.TryParse(properties.GetTokenValue("expires_at"), System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var expiry) ? expiry : null;
}
