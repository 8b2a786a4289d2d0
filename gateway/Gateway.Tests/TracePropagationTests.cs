using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Gateway.Tests.Infrastructure;
using Platform.Testing;

namespace Gateway.Tests;

public sealed class TracePropagationTests(GatewayWithBackend fixture) : IClassFixture<GatewayWithBackend>
{
    private static readonly TimeSpan SpanWait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task The_service_receives_a_traceparent_whose_parent_is_the_proxys_call_inside_the_gateways_server_span()
    {
        using var spans = new TraceCapture();

        var response = await fixture.Gateway.Client(fixture.Gateway.Token()).GetAsync(GatewayWithBackend.UniquePath("/api/plans/traced"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var traceParent = (await response.Content.ReadFromJsonAsync<ReceivedRequest>())!.TraceParent;
        Assert.NotNull(traceParent);
        var parts = traceParent.Split('-'); // version-traceid-parentid-flags
        var (traceId, parentSpanId) = (ActivityTraceId.CreateFromString(parts[1]), ActivitySpanId.CreateFromString(parts[2]));

        // Expected: HttpClient's call <- YARP's forwarder span <- the gateway's ASP.NET Core server span.
        var outgoingCall = await spans.WaitForAsync(span => span.SpanId == parentSpanId, SpanWait);
        Assert.Equal(("System.Net.Http", ActivityKind.Client), (outgoingCall.SourceName, outgoingCall.Kind));
        var gatewayServerSpan = await AncestorFromAsync(spans, outgoingCall, "Microsoft.AspNetCore");
        Assert.Equal(ActivityKind.Server, gatewayServerSpan.Kind);
        Assert.Equal(traceId, gatewayServerSpan.TraceId);
    }

    [Fact]
    public async Task What_a_person_typed_into_a_query_string_reaches_the_service_but_no_span()
    {
        using var spans = new TraceCapture();
        var surname = $"Surname{Guid.NewGuid():N}";

        var response = await fixture.Gateway.Client(fixture.Gateway.Token()).GetAsync($"{GatewayWithBackend.UniquePath("/api/plans/search")}?surname={surname}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = (await response.Content.ReadFromJsonAsync<ReceivedRequest>())!;
        Assert.Contains(surname, received.PathAndQuery, StringComparison.Ordinal);
        var parts = received.TraceParent!.Split('-');
        var outgoingCall = await spans.WaitForAsync(span => span.SpanId == ActivitySpanId.CreateFromString(parts[2]), SpanWait);
        await AncestorFromAsync(spans, outgoingCall, "Microsoft.AspNetCore"); // the gateway's spans have all stopped
        var trace = spans.InTrace(outgoingCall.TraceId);
        Assert.Contains(trace, span => span.Tags.ContainsKey("url.path"));
        Assert.All(trace, span =>
        {
            Assert.DoesNotContain(surname, span.DisplayName, StringComparison.Ordinal);
            Assert.All(span.Tags, tag => Assert.DoesNotContain(surname, tag.Value?.ToString() ?? "", StringComparison.Ordinal));
        });
    }

    /// <summary>Walks up the parent chain (a few hops at most) to the first span of the given source.</summary>
    private static async Task<CapturedActivity> AncestorFromAsync(TraceCapture spans, CapturedActivity span, string sourceName)
    {
        for (var hop = 0; hop < 3; hop++)
        {
            var parentId = span.ParentSpanId;
            span = await spans.WaitForAsync(candidate => candidate.SpanId == parentId, SpanWait);
            if (span.SourceName == sourceName)
            {
                return span;
            }
        }

        throw new Xunit.Sdk.XunitException($"No {sourceName} span above the proxy's outgoing call; last seen: {span}");
    }
}
