using Microsoft.Net.Http.Headers;

namespace Platform.Gateway.Security;

/// <summary>
/// Security headers on every response, proxied or not, and no <c>Server</c> / <c>X-Powered-By</c> header
/// (Kestrel's own is switched off; an upstream one copied by YARP is removed here).
/// A response that sets its own Content-Security-Policy (the docs page) keeps it.
/// Every <c>/api</c> response is <c>Cache-Control: no-store</c> (decision 0021): most carry personal data, and a rule by
/// path cannot go stale when a service adds a field; only the services' OpenAPI documents, public and unchanging
/// between releases, are left to cache.
/// </summary>
internal static class ResponseHardening
{
    private const string ApiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseResponseHardening(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpContext)state).Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
                {
                    headers.ContentSecurityPolicy = ApiContentSecurityPolicy;
                }

                if (IsApiResponse(((HttpContext)state).Request.Path))
                {
                    headers.CacheControl = "no-store";
                }

                headers.Remove(HeaderNames.Server);
                headers.Remove(HeaderNames.XPoweredBy);
                return Task.CompletedTask;
            }, context);
            return next(context);
        });

    private static bool IsApiResponse(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !path.Value!.EndsWith("/openapi.json", StringComparison.OrdinalIgnoreCase);
}
