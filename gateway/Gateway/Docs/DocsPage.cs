using System.Text;
using System.Text.Encodings.Web;
using Microsoft.Net.Http.Headers;
using Platform.Gateway.Routing;
using Platform.Gateway.Security;

namespace Platform.Gateway.Docs;

/// <summary>
/// <c>/docs</c>: one plain page listing every configured service with a link to its OpenAPI document
/// (<c>/api/&lt;service&gt;/openapi.json</c>, proxied anonymously to the service). A few lines of script, served
/// from the gateway itself (no CDN), add each document's operations under its link.
/// </summary>
internal static class DocsPage
{
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(DocsPage).Assembly.GetManifestResourceStream("docs.js")
            ?? throw new InvalidOperationException("The docs script is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static IEndpointRouteBuilder MapDocsPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/docs", (HttpContext context, ServiceDirectory directory) =>
        {
            context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            return Results.Content(Render(directory.Current().Keys), "text/html; charset=utf-8");
        }).AllowAnonymous().RequireRateLimiting(ClientRateLimiting.PolicyName).ExcludeFromDescription();

        endpoints.MapGet("/docs/docs.js", () => Results.Content(Script.Value, "text/javascript; charset=utf-8"))
            .AllowAnonymous().RequireRateLimiting(ClientRateLimiting.PolicyName).ExcludeFromDescription();
        return endpoints;
    }

    private static string Render(IEnumerable<string> services)
    {
        var items = new StringBuilder();
        foreach (var service in services)
        {
            var name = HtmlEncoder.Default.Encode(service);
            var document = HtmlEncoder.Default.Encode($"/api/{Uri.EscapeDataString(service)}/openapi.json");
            items.Append(
                $"""
                    <li data-document="{document}"><h2>{name}</h2><a href="{document}">{document}</a></li>

                """);
        }

        return $"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Community Safety Partnership platform: API documents</title></head>
            <body>
              <h1>API documents</h1>
              <p>Every call goes through this gateway under <code>/api/&lt;service&gt;</code> with a bearer token, unless marked public.</p>
              <ul id="services">
            {items}  </ul>
              <script src="/docs/docs.js"></script>
            </body>
            </html>
            """;
    }
}
