using System.Diagnostics;

namespace Platform.Testing;

/// <summary>What <see cref="TraceCapture"/> keeps of a stopped activity (a span).</summary>
public sealed record CapturedActivity(
    string SourceName,
    string DisplayName,
    ActivityKind Kind,
    ActivityTraceId TraceId,
    ActivitySpanId SpanId,
    ActivitySpanId ParentSpanId,
    ActivityStatusCode Status,
    IReadOnlyDictionary<string, object?> Tags)
{
    internal static CapturedActivity From(Activity activity)
    {
        var tags = new Dictionary<string, object?>();
        foreach (var (key, value) in activity.TagObjects)
        {
            tags[key] = value;
        }

        return new CapturedActivity(activity.Source.Name, activity.DisplayName, activity.Kind, activity.TraceId,
            activity.SpanId, activity.ParentSpanId, activity.Status, tags);
    }

    public override string ToString() => $"{SourceName} '{DisplayName}' trace {TraceId} span {SpanId} parent {ParentSpanId}";
}
