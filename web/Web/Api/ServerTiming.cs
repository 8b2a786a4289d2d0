using System.Diagnostics;
using System.Globalization;

namespace Platform.Web.Api;

/// <summary>
/// With <c>Web:ServerTiming</c> on (the web benchmark turns it on), every response says how long this process took and
/// how much of that was spent waiting for API calls, in a <c>Server-Timing</c> header
/// (<c>page;dur=41.2, api;dur=35.0;desc="2"</c>): the page's own cost is the difference. Off by default: it tells a
/// stranger how long the services behind a page took.
/// </summary>
internal static class ServerTiming
{
    private static readonly object Key = new();

    public static IApplicationBuilder UseServerTiming(this IApplicationBuilder app, WebSettings settings) =>
        !settings.ServerTiming
            ? app
            : app.Use((context, next) =>
            {
                var started = Stopwatch.GetTimestamp();
                var calls = new ApiCalls();
                context.Items[Key] = calls;
                context.Response.OnStarting(() =>
                {
                    var page = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    var (count, milliseconds) = calls.Total;
                    context.Response.Headers["Server-Timing"] = string.Create(
                        CultureInfo.InvariantCulture, $"page;dur={page:F1}, api;dur={milliseconds:F1};desc=\"{count}\"");
                    return Task.CompletedTask;
                });
                return next(context);
            });

    /// <summary>Counts one API call's time against the page being made, if timing is on.</summary>
    public static void Record(HttpContext? context, TimeSpan elapsed)
    {
        if (context?.Items[Key] is ApiCalls calls)
        {
            calls.Add(elapsed);
        }
    }

    private sealed class ApiCalls
    {
        private readonly Lock gate = new();
        private int count;
        private double milliseconds;

        public (int Count, double Milliseconds) Total
        {
            get
            {
                lock (gate)
                {
                    return (count, milliseconds);
                }
            }
        }

        public void Add(TimeSpan elapsed)
        {
            lock (gate)
            {
                count++;
                milliseconds += elapsed.TotalMilliseconds;
            }
        }
    }
}
