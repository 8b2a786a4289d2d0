using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Platform.Gateway.Errors;

namespace Platform.Gateway.Security;

/// <summary>
/// Per-client fixed-window limits: an authenticated caller is counted by its <c>sub</c> claim, anyone else by
/// remote address (IPv6 by /64, <see cref="ClientAddress"/>) under the stricter anonymous limit, so public routes
/// (intake, documents) cannot flood the services. Limits come from <c>RateLimits:Anonymous</c> and
/// <c>RateLimits:Authenticated</c>. The middleware runs after authorization: the caller is known, and requests without a
/// valid token are already refused (and counted by <see cref="FailedAuthenticationLimit"/>). Behind a load balancer name
/// it in ForwardedHeaders:KnownProxies (<see cref="TrustedProxies"/>), or every anonymous caller shares its address.
/// </summary>
internal static class ClientRateLimiting
{
    public const string PolicyName = "per-client";

    /// <summary>The web front-end's pages and assets: one page view is several requests, so a looser limit per IP.</summary>
    public const string PagesPolicyName = "pages";

    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitSettings>().BindConfiguration("RateLimits");
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PolicyName, Partition);
            options.AddPolicy(PagesPolicyName, context => RateLimitPartition.GetFixedWindowLimiter(
                "pages:" + context.Connection.RemoteIpAddress,
                _ => context.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitSettings>>().CurrentValue.Pages.ToLimiterOptions()));
            options.OnRejected = async (rejection, _) =>
            {
                var context = rejection.HttpContext;
                if (rejection.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await GatewayProblems.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests",
                    "The request rate limit for this client was exceeded; retry after the time given in Retry-After.");
            };
        });
    }

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        var settings = context.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitSettings>>().CurrentValue;
        var subject = context.User.Identity?.IsAuthenticated == true ? context.User.FindFirst("sub")?.Value : null;
        return subject is not null
            ? RateLimitPartition.GetFixedWindowLimiter("sub:" + subject, _ => settings.Authenticated.ToLimiterOptions())
            : RateLimitPartition.GetFixedWindowLimiter("ip:" + ClientAddress.PartitionKey(context.Connection.RemoteIpAddress), _ => settings.Anonymous.ToLimiterOptions());
    }
}

internal sealed class RateLimitSettings
{
    public FixedWindowLimit Anonymous { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) };

    public FixedWindowLimit Authenticated { get; set; } = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(1) };

    public FixedWindowLimit Pages { get; set; } = new() { PermitLimit = 1200, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Requests refused with 401, per address, before further requests from it are refused unread.</summary>
    public FixedWindowLimit FailedAuthentication { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) };
}

internal sealed class FixedWindowLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }

    public FixedWindowRateLimiterOptions ToLimiterOptions() =>
        new() { PermitLimit = PermitLimit, Window = Window, QueueLimit = 0, AutoReplenishment = true };
}
