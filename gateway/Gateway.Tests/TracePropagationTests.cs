using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests;

public sealed class TracePropagationTests(GatewayWithBackend fixture) : IClassFixture<GatewayWithBackend>
{
    [Fact]
    public async Task The_service_receives_a_traceparent_whose_parent_is_the_proxys_call_inside_the_gateways_server_span()
    {
        using var spans = new SpanCapture();

        var response = await fixture.Gateway.Client(fixture.Gateway.Token()).GetAsync(GatewayWithBackend.UniquePath("/api/plans/traced"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var traceParent = (await response.Content.ReadFromJsonAsync<ReceivedRequest>())!.TraceParent;
        Assert.NotNull(traceParent);
        var parts = traceParent.Split('-'); // version-traceid-parentid-flags
        var (traceId, parentSpanId) = (parts[1], parts[2]);

        // Expected: HttpClient's call <- YARP's forwarder span <- the gateway's ASP.NET Core server span <- the test's call.
        var ancestry = spans.AncestryOf(parentSpanId);
        Assert.NotEmpty(ancestry);
        Assert.Equal(("System.Net.Http", ActivityKind.Client), (ancestry[0].Source.Name, ancestry[0].Kind));
        var gatewayServerSpan = ancestry.FirstOrDefault(span => span.Source.Name == "Microsoft.AspNetCore");
        Assert.NotNull(gatewayServerSpan);
        Assert.Equal(ActivityKind.Server, gatewayServerSpan.Kind);
        Assert.Equal(traceId, gatewayServerSpan.TraceId.ToHexString());
    }

    /// <summary>Every span started in this process by ASP.NET Core, YARP or HttpClient while the capture lives.</summary>
    private sealed class SpanCapture : IDisposable
    {
        private static readonly HashSet<string> Sources = ["Microsoft.AspNetCore", "Yarp.ReverseProxy", "System.Net.Http"];
        private readonly ConcurrentDictionary<string, Activity> bySpanId = new(StringComparer.Ordinal);
        private readonly ActivityListener listener;

        public SpanCapture()
        {
            listener = new ActivityListener
            {
                ShouldListenTo = source => Sources.Contains(source.Name),
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStarted = activity => bySpanId[activity.SpanId.ToHexString()] = activity,
            };
            ActivitySource.AddActivityListener(listener);
        }

        /// <summary>The span with this id, then its parent, and so on, as far as spans were captured.</summary>
        public List<Activity> AncestryOf(string spanId)
        {
            var ancestry = new List<Activity>();
            while (bySpanId.TryGetValue(spanId, out var span))
            {
                ancestry.Add(span);
                spanId = span.ParentSpanId.ToHexString();
            }

            return ancestry;
        }

        public void Dispose() => listener.Dispose();
    }
}
