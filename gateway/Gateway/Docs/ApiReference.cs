using Microsoft.AspNetCore.Rewrite;
using Platform.Gateway.Routing;
using Platform.Gateway.Security;
using Scalar.AspNetCore;

namespace Platform.Gateway.Docs;

/// <summary>
/// <c>/docs</c>: Scalar's interactive reference over every configured service's OpenAPI document
/// (<c>/api/&lt;service&gt;/openapi.json</c>, proxied anonymously), read from <see cref="ServiceDirectory"/> on each
/// request so a new service appears once it has an address. Scalar's script is served from the package, and the page's
/// Content-Security-Policy lets it load nothing from anywhere but the gateway (no fonts, telemetry or AI agent from
/// Scalar's servers). The documents declare bearer authentication, so a developer pastes a token
/// (<c>./platform token ...</c>) once and "Test Request" sends it.
/// </summary>
internal static class ApiReference
{
    public const string Path = "/docs";

    /// <summary>The page loads its scripts by relative path, so <c>/docs</c> is sent to <c>/docs/</c>. Before routing.</summary>
    public static IApplicationBuilder UseApiReferenceEntry(this IApplicationBuilder app) =>
        app.UseRewriter(new RewriteOptions().AddRedirect("^docs$", "docs/"));

    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapScalarApiReference(Path, (options, context) =>
        {
            options.WithTitle("Community Safety Partnership platform API")
                .WithNonce()
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .HideDeveloperTools()
                .AddPreferredSecuritySchemes("Bearer")
                // The documents name the service's own address; requests tried from here must go through the gateway.
                .AddServer("/");
            foreach (var service in context.RequestServices.GetRequiredService<ServiceDirectory>().Current().Keys)
            {
                options.AddDocument(service, service, $"/api/{Uri.EscapeDataString(service)}/openapi.json");
            }

            context.Response.OnStarting(static state => AllowOnlyThisOrigin((HttpContext)state), context);
        }).AllowAnonymous().RequireRateLimiting(ClientRateLimiting.PolicyName).ExcludeFromDescription();
        return endpoints;
    }

    private static Task AllowOnlyThisOrigin(HttpContext context)
    {
        var nonce = context.Items[ScalarOptions.NonceHttpContextItemKey] as string;
        context.Response.Headers.ContentSecurityPolicy =
            $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; " +
            "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
        return Task.CompletedTask;
    }
}
