using System.Net;
using Microsoft.AspNetCore.Authentication;
using Platform.Contracts;
using Platform.Gateway.Errors;

namespace Platform.Gateway.Health;

/// <summary>
/// The gateway's <c>/health/ready</c> names every service and says which is down, and each call fans out to all of
/// them, so it is not public: it answers a caller on this machine (an orchestrator's or <c>./platform</c>'s probe) or
/// one with an ops token. The public, and load balancers outside the host, get <c>/health/live</c>.
/// </summary>
internal static class ReadinessAccess
{
    public static IApplicationBuilder UseReadinessAccess(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.Equals("/health/ready", StringComparison.OrdinalIgnoreCase)
                || context.Connection.RemoteIpAddress is { } peer && IPAddress.IsLoopback(peer.IsIPv4MappedToIPv6 ? peer.MapToIPv4() : peer))
            {
                await next(context);
                return;
            }

            var authenticated = await context.AuthenticateAsync();
            if (!authenticated.Succeeded)
            {
                await GatewayProblems.WriteAsync(context, StatusCodes.Status401Unauthorized, "Authentication is required.",
                    "Readiness is for operators: send an ops token, or ask /health/live.");
                return;
            }

            if (!authenticated.Principal.IsInRole(Roles.Ops))
            {
                await GatewayProblems.WriteAsync(context, StatusCodes.Status403Forbidden, "Forbidden",
                    $"Readiness needs the {Roles.Ops} role; /health/live is public.");
                return;
            }

            await next(context);
        });
}
