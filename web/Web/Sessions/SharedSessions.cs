using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;
using Platform.ServiceDefaults.Data;

namespace Platform.Web.Sessions;

/// <summary>
/// What lets the web front-end run as more than one replica (decision 0047): a person's next request may reach another
/// replica, which must read their cookie (the data-protection key ring) and find what it points to (signed-in tickets
/// and residents' drafts). Both live in the web front-end's own PostgreSQL database (<c>ConnectionStrings:postgres</c>,
/// migrated at start-up like every service's), never in one process.
/// </summary>
public static class SharedSessions
{
    public const string ApplicationName = "csp-web";

    /// <summary>Call before the ticket store and the session are added: the shared cache replaces their in-memory default.</summary>
    public static WebApplicationBuilder AddSharedSessions(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddPlatformDatabase<SessionsDbContext>();
        builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<SessionsDbContext>();
        builder.Services.AddSingleton<IDistributedCache, DatabaseCache>();
        builder.Services.AddHostedService<ExpiredSessionSweep>();
        return builder;
    }
}
