using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Platform.Gateway.Errors;

namespace Platform.Gateway.Security;

/// <summary>
/// Request bodies are capped at <c>Gateway:MaxRequestBodyBytes</c> (1 MB by default). A declared Content-Length over
/// the cap is refused with 413 before anything is forwarded; a chunked body is cut off by Kestrel's limit and
/// reported as 413 by the proxy error handling.
/// </summary>
internal static class RequestBodyLimit
{
    public static IServiceCollection AddRequestBodyLimit(this IServiceCollection services)
    {
        services.AddOptions<GatewayLimits>().BindConfiguration("Gateway");
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<GatewayLimits>>((kestrel, limits) =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodyBytes;
        });
        return services;
    }

    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var limit = context.RequestServices.GetRequiredService<IOptions<GatewayLimits>>().Value.MaxRequestBodyBytes;
            if (context.Request.ContentLength > limit)
            {
                await GatewayProblems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Request body too large",
                    $"The request body exceeds the gateway's limit of {limit} bytes.");
                return;
            }

            await next(context);
        });
}

internal sealed class GatewayLimits
{
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
