using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Platform.ServiceDefaults.Telemetry;

/// <summary>
/// ASP.NET Core's server span carries no attributes without the instrumentation package: name it by route and
/// record method, route and status, the way the OpenTelemetry semantic conventions do. Only the route template,
/// never the concrete path, so ids in URLs do not end up in span names.
/// </summary>
internal sealed class ServerSpanEnricher(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var activity = Activity.Current;
        try
        {
            await next(context);
        }
        finally
        {
            if (activity is not null)
            {
                Enrich(activity, context);
            }
        }
    }

    private static void Enrich(Activity activity, HttpContext context)
    {
        var method = context.Request.Method;
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        var status = context.Response.StatusCode;

        activity.DisplayName = route is null ? method : $"{method} {route}";
        activity.SetTag("http.request.method", method);
        activity.SetTag("http.response.status_code", status);
        activity.SetTag("url.scheme", context.Request.Scheme);
        if (route is not null)
        {
            activity.SetTag("http.route", route);
        }

        if (status >= StatusCodes.Status500InternalServerError)
        {
            activity.SetStatus(ActivityStatusCode.Error);
        }
    }
}
