using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Platform.Gateway.Errors;

namespace Platform.Gateway.Security;

/// <summary>
/// Requests answered 401 (no token, or one that failed validation) are counted per client address
/// (<see cref="ClientAddress"/>) under <c>RateLimits:FailedAuthentication</c>; once an address has used its allowance,
/// its further requests get 429 before their token is even looked at. The per-client limiter runs after authorization,
/// where a bad token has already been refused, so without this a caller could send unlimited bad tokens, each costing
/// a signature check, or guess at partner secrets.
/// </summary>
internal sealed class FailedAuthenticationLimit : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;
    private readonly TimeSpan window;

    public FailedAuthenticationLimit(IOptions<RateLimitSettings> settings)
    {
        var limit = settings.Value.FailedAuthentication;
        window = limit.Window;
        limiter = PartitionedRateLimiter.Create<string, string>(address =>
            RateLimitPartition.GetFixedWindowLimiter(address, _ => limit.ToLimiterOptions()));
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var address = ClientAddress.PartitionKey(context.Connection.RemoteIpAddress);
        if (limiter.GetStatistics(address) is { CurrentAvailablePermits: <= 0 })
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(window.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await GatewayProblems.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests",
                "Too many requests from this address were refused for a missing or invalid token; retry after the time given in Retry-After.");
            return;
        }

        await next(context);
        if (context.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            using var counted = limiter.AttemptAcquire(address);
        }
    }

    public void Dispose() => limiter.Dispose();
}

internal static class FailedAuthenticationLimitExtensions
{
    public static IServiceCollection AddFailedAuthenticationLimit(this IServiceCollection services) =>
        services.AddSingleton<FailedAuthenticationLimit>();

    public static IApplicationBuilder UseFailedAuthenticationLimit(this IApplicationBuilder app)
    {
        var limit = app.ApplicationServices.GetRequiredService<FailedAuthenticationLimit>();
        return app.Use((context, next) => limit.InvokeAsync(context, next));
    }
}
