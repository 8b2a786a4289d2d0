using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests;

/// <summary>
/// The gateway's probes of each service go through Microsoft.Extensions.Http.Resilience's standard handler; these
/// run it against a real service on loopback that fails on purpose.
/// </summary>
public sealed class ReadinessResilienceTests
{
    private static readonly Dictionary<string, string?> QuickToBreak = new()
    {
        ["Readiness:Retry:MaxRetryAttempts"] = "1",
        ["Readiness:Retry:Delay"] = "00:00:00.010",
        ["Readiness:AttemptTimeout:Timeout"] = "00:00:01",
        ["Readiness:TotalRequestTimeout:Timeout"] = "00:00:02",
        ["Readiness:CircuitBreaker:MinimumThroughput"] = "2",
        ["Readiness:CircuitBreaker:FailureRatio"] = "0.5",
        ["Readiness:CircuitBreaker:SamplingDuration"] = "00:00:10",
        ["Readiness:CircuitBreaker:BreakDuration"] = "00:01:00",
    };

    [Fact]
    public async Task A_probe_that_fails_once_is_retried_and_the_service_counts_as_ready()
    {
        await using var plans = await EchoBackend.StartAsync();
        await using var gateway = GatewayFactory.Start(new Dictionary<string, string?>(QuickToBreak)
        {
            ["Services:plans"] = plans.Address.ToString(),
        });
        plans.FailNextReadinessProbes(1);

        var ready = await gateway.Client().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", (await PlansCheckAsync(ready)).Status);
        Assert.Equal(2, plans.ReadinessProbes);
    }

    [Fact]
    public async Task After_repeated_failures_the_circuit_opens_and_probes_fail_fast_without_reaching_the_service()
    {
        await using var plans = await EchoBackend.StartAsync();
        await using var funding = await EchoBackend.StartAsync();
        await using var gateway = GatewayFactory.Start(new Dictionary<string, string?>(QuickToBreak)
        {
            ["Services:plans"] = plans.Address.ToString(),
            ["Services:funding"] = funding.Address.ToString(),
        });
        var client = gateway.Client();
        plans.Ready = false;

        var failing = await client.GetAsync("/health/ready");
        var probesWhileFailing = plans.ReadinessProbes;
        plans.Ready = true; // recovered, but the circuit stays open for its break duration
        var stopwatch = Stopwatch.StartNew();
        var broken = await client.GetAsync("/health/ready");
        stopwatch.Stop();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failing.StatusCode);
        Assert.Equal(("Unhealthy", "not ready (HTTP 503)"), await PlansCheckAsync(failing));
        Assert.Equal(2, probesWhileFailing);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, broken.StatusCode);
        Assert.Equal(("Unhealthy", "not ready (circuit open after repeated failures)"), await PlansCheckAsync(broken));
        Assert.Equal(probesWhileFailing, plans.ReadinessProbes);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"took {stopwatch.Elapsed}");

        // One circuit per service: funding's probes still get through.
        Assert.Equal("Healthy", JsonDocument.Parse(await broken.Content.ReadAsStringAsync()).RootElement
            .GetProperty("checks").GetProperty("funding").GetProperty("status").GetString());
        Assert.Equal(2, funding.ReadinessProbes);
    }

    private static async Task<(string? Status, string? Description)> PlansCheckAsync(HttpResponseMessage response)
    {
        var plans = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").GetProperty("plans");
        return (plans.GetProperty("status").GetString(), plans.GetProperty("description").GetString());
    }
}
