using System.Text.Json;

namespace Platform.Web.Forms;

/// <summary>
/// Answers to a multi-page form before they are sent, kept server-side in the person's session (no account needed):
/// the browser holds only a Secure, HttpOnly, SameSite=Lax session cookie. Forgotten after 30 idle minutes.
/// </summary>
public static class JourneyDrafts
{
    public static IServiceCollection AddJourneyDrafts(this IServiceCollection services)
    {
        services.AddDistributedMemoryCache();
        services.AddSession(session =>
        {
            session.Cookie.Name = "csp-web-draft";
            session.Cookie.HttpOnly = true;
            session.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            session.Cookie.SameSite = SameSiteMode.Lax;
            session.Cookie.IsEssential = true;
            session.IdleTimeout = TimeSpan.FromMinutes(30);
        });
        return services;
    }

    public static T? Load<T>(this ISession session, string key)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.GetString(key) is { } json ? JsonSerializer.Deserialize<T>(json, Api.GatewayApi.Json) : null;
    }

    public static void Save<T>(this ISession session, string key, T value)
    {
        ArgumentNullException.ThrowIfNull(session);
        session.SetString(key, JsonSerializer.Serialize(value, Api.GatewayApi.Json));
    }
}
