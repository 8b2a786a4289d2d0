using Microsoft.AspNetCore.Authentication.Cookies;

namespace Identity.Api.SignIn;

/// <summary>The identity service's own session: who signed in here, nothing else (claims are read from the database).</summary>
public static class SignInCookie
{
    public const string Scheme = "identity-session";

    public static IServiceCollection AddSignInCookie(this IServiceCollection services, TimeSpan lifetime)
    {
        services.AddAuthentication(Scheme).AddCookie(Scheme, cookie =>
        {
            cookie.Cookie.Name = "csp-identity";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = SignInEndpoints.SignInPath;
            cookie.ExpireTimeSpan = lifetime;
            cookie.SlidingExpiration = false;
        });
        return services;
    }
}
