using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests;

public sealed class UpstreamFailureTests
{
    private static readonly Dictionary<string, string?> FastReadiness = new()
    {
        ["Readiness:Retry:MaxRetryAttempts"] = "1",
        ["Readiness:Retry:Delay"] = "00:00:00.010",
        ["Readiness:AttemptTimeout:Timeout"] = "00:00:01",
        ["Readiness:TotalRequestTimeout:Timeout"] = "00:00:02",
    };

    [Fact]
    public async Task A_service_that_is_down_gives_a_502_problem_and_an_unready_gateway_that_is_still_live()
    {
        await using var gateway = GatewayFactory.Start(new Dictionary<string, string?>(FastReadiness)
        {
            ["Services:plans"] = $"http://127.0.0.1:{UnusedPort()}/",
        });
        var client = gateway.Client(gateway.Token());

        var proxied = await client.GetAsync("/api/plans/priorities");
        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        var problem = await proxied.ReadProblemAsync(HttpStatusCode.BadGateway);
        Assert.Equal("/api/plans/priorities", problem.GetProperty("instance").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", (await ReadChecksAsync(ready)).GetProperty("plans").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task The_gateway_is_ready_only_while_every_configured_service_is_ready()
    {
        await using var plans = await EchoBackend.StartAsync();
        await using var funding = await EchoBackend.StartAsync();
        await using var gateway = GatewayFactory.Start(new Dictionary<string, string?>(FastReadiness)
        {
            ["Services:plans"] = plans.Address.ToString(),
            ["Services:funding"] = funding.Address.ToString(),
        });
        var client = gateway.Client();

        var allReady = await client.GetAsync("/health/ready");
        funding.Ready = false;
        var fundingNotReady = await client.GetAsync("/health/ready");
        funding.Ready = true;
        var readyAgain = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, allReady.StatusCode);
        var all = await ReadChecksAsync(allReady);
        Assert.Equal(("Healthy", "Healthy"), (Status(all, "plans"), Status(all, "funding")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, fundingNotReady.StatusCode);
        var partial = await ReadChecksAsync(fundingNotReady);
        Assert.Equal(("Healthy", "Unhealthy"), (Status(partial, "plans"), Status(partial, "funding")));

        Assert.Equal(HttpStatusCode.OK, readyAgain.StatusCode);
    }

    private static string? Status(JsonElement checks, string service) => checks.GetProperty(service).GetProperty("status").GetString();

    private static async Task<JsonElement> ReadChecksAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").Clone();

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
