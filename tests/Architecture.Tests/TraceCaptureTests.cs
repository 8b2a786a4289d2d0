using System.Diagnostics;
using Platform.Testing;

namespace Architecture.Tests;

public sealed class TraceCaptureTests
{
    [Fact]
    public async Task Captures_nested_activities_of_any_source_in_one_trace_until_disposed()
    {
        using var source = new ActivitySource($"capture-test-{Guid.NewGuid():N}");
        ActivityTraceId traceId;
        using (var capture = new TraceCapture())
        {
            using (var parent = source.StartActivity("parent"))
            {
                traceId = parent!.TraceId;
                using var child = source.StartActivity("child", ActivityKind.Client)!.SetTag("outcome", "ok");
            }

            var parentSpan = await capture.WaitForAsync(activity => activity.DisplayName == "parent" && activity.TraceId == traceId);
            var childSpan = Assert.Single(capture.InTrace(traceId), activity => activity.DisplayName == "child");
            Assert.Equal(source.Name, childSpan.SourceName);
            Assert.Equal(parentSpan.SpanId, childSpan.ParentSpanId);
            Assert.Equal("ok", childSpan.Tags["outcome"]);
        }

        Assert.Null(source.StartActivity("after"));
    }
}
