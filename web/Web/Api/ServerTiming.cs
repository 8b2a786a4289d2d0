using System.Diagnostics;
using System.Globalization;

namespace Platform.Web.Api;

/// <summary>
/// With <c>Web:ServerTiming</c> on (the web benchmark turns it on), every response says how long this process took and
/// how much of that it spent waiting for API calls, in a <c>Server-Timing</c> header
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
                var calls = new ApiCallTimes();
                context.Items[Key] = calls;
                context.Response.OnStarting(() =>
                {
                    var page = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    var (count, waited) = calls.Total;
                    context.Response.Headers["Server-Timing"] = string.Create(
                        CultureInfo.InvariantCulture, $"page;dur={page:F1}, api;dur={waited.TotalMilliseconds:F1};desc=\"{count}\"");
                    return Task.CompletedTask;
                });
                return next(context);
            });

    /// <summary>Counts one API call's time against the page being made, if timing is on.</summary>
    public static void Record(HttpContext? context, TimeSpan elapsed)
    {
        if (context?.Items[Key] is ApiCallTimes calls)
        {
            var ended = Stopwatch.GetTimestamp();
            calls.Add(ended - (long)(elapsed.TotalSeconds * Stopwatch.Frequency), ended);
        }
    }
}

/// <summary>
/// A page's API calls: how many, and for how long at least one was in flight. Calls a page makes side by side overlap,
/// and the page waits for them once, not once each: summing their durations made a page that waits 2 s for nine
/// parallel calls look as if it had waited 7 s, and its own cost negative.
/// </summary>
internal sealed class ApiCallTimes
{
    private readonly Lock gate = new();
    private readonly List<(long Started, long Ended)> calls = [];

    public (int Count, TimeSpan Waited) Total
    {
        get
        {
            lock (gate)
            {
                long waited = 0, coveredUntil = long.MinValue;
                foreach (var (started, ended) in calls.OrderBy(call => call.Started))
                {
                    var from = Math.Max(started, coveredUntil);
                    if (ended > from)
                    {
                        waited += ended - from;
                        coveredUntil = ended;
                    }
                }

                return (calls.Count, TimeSpan.FromSeconds((double)waited / Stopwatch.Frequency));
            }
        }
    }

    /// <summary>One call, from and to <see cref="Stopwatch.GetTimestamp"/> values.</summary>
    public void Add(long started, long ended)
    {
        lock (gate)
        {
            calls.Add((started, ended));
        }
    }
}
