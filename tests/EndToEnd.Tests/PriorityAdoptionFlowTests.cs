using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EndToEnd.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Platform.Testing;

namespace EndToEnd.Tests;

public class PriorityAdoptionFlowTests(PlatformUnderTest platform) : IClassFixture<PlatformUnderTest>
{
    private static readonly ActivitySource Test = new("EndToEnd.Tests");

    [Fact]
    public async Task A_priority_adopted_through_the_gateway_is_stored_reaches_a_consumer_once_and_is_one_trace()
    {
        using var traces = new TraceCapture();
        var officer = platform.ThroughGateway();
        var proposed = await officer.PostAsJsonAsync("/api/plans/priorities", new
        {
            title = "Serious violence",
            description = "Including domestic abuse and sexual violence",
            strategicTheme = "Safeguarding from harm",
            sponsorAgency = "norfolk-constabulary",
            leadOfficer = "Detective Superintendent, Safeguarding",
        });
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        var id = (await proposed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        ActivityTraceId traceId;
        using (var userAction = Test.StartActivity("officer adopts a priority"))
        {
            traceId = userAction!.TraceId;
            var adopted = await officer.PostAsync($"/api/plans/priorities/{id}/adopt", null);
            Assert.Equal(HttpStatusCode.OK, adopted.StatusCode);
        }

        await using (var plansDb = platform.NewPlansDbContext())
        {
            var stored = await plansDb.Priorities.AsNoTracking().SingleAsync(p => p.Id == id);
            Assert.Equal(Plans.Api.Domain.PriorityStatus.Adopted, stored.Status);
        }

        var consumed = await traces.WaitForAsync(a =>
            a.TraceId == traceId && a.SourceName == "MassTransit" && a.Kind == ActivityKind.Consumer);
        await using (var consumerDb = platform.LivePriorities.NewDbContext())
        {
            var copies = await consumerDb.LivePriorities.AsNoTracking().Where(p => p.PriorityId == id).ToListAsync();
            Assert.Equal("Serious violence", Assert.Single(copies).Title);
        }

        var trace = traces.InTrace(traceId);
        var spans = string.Join(Environment.NewLine, trace);
        Assert.True(trace.Any(a => a.SourceName == "Yarp.ReverseProxy"), "the gateway's proxy span is in the trace:\n" + spans);
        Assert.True(trace.Any(a => a.Kind == ActivityKind.Server && a.DisplayName == "POST /api/plans/priorities/{id:guid}/adopt"),
            "the Plans server span is in the trace:\n" + spans);
        Assert.True(trace.Any(a => a.SourceName == "Platform.Outbox"), "the outbox publish span is in the trace:\n" + spans);
        Assert.True(trace.Any(a => a.SourceName == "MassTransit" && a.Kind == ActivityKind.Producer), "the broker send span is in the trace:\n" + spans);
        Assert.True(trace.Any(a => a.SourceName == "Npgsql" && Descends(a, consumed, trace)), "the consumer's database work is in the trace:\n" + spans);
    }

    private static bool Descends(CapturedActivity span, CapturedActivity ancestor, IReadOnlyList<CapturedActivity> trace)
    {
        var current = span;
        while (current is not null)
        {
            if (current.ParentSpanId == ancestor.SpanId)
            {
                return true;
            }

            current = trace.FirstOrDefault(a => a.SpanId == current.ParentSpanId);
        }

        return false;
    }
}
