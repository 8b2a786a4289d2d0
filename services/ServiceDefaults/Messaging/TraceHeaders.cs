using System.Diagnostics;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>W3C trace context carried from the request that wrote an outbox row to the relay that publishes it.</summary>
internal static class TraceHeaders
{
    public const string TraceParent = "traceparent";
    public const string TraceState = "tracestate";

    public static Dictionary<string, string> Capture(Activity? activity)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (activity is { IdFormat: ActivityIdFormat.W3C, Id: { } id })
        {
            headers[TraceParent] = id;
            if (!string.IsNullOrEmpty(activity.TraceStateString))
            {
                headers[TraceState] = activity.TraceStateString;
            }
        }

        return headers;
    }

    public static ActivityContext ParentOf(IReadOnlyDictionary<string, string> headers) =>
        headers.TryGetValue(TraceParent, out var parent)
        && ActivityContext.TryParse(parent, headers.GetValueOrDefault(TraceState), isRemote: true, out var context)
            ? context
            : default;
}
