using System.Net;
using System.Text.Json;
using Gateway.Tests.Infrastructure;
using Platform.Testing;

namespace Gateway.Tests;

/// <summary>Several replicas of one service behind the gateway (<c>./platform up --replicas N</c>, Kubernetes).</summary>
public sealed class ReplicaRoutingTests
{
    [Fact]
    public async Task Requests_are_shared_between_the_replicas_of_a_service()
    {
        await using var first = await EchoBackend.StartAsync();
        await using var second = await EchoBackend.StartAsync();
        await using var gateway = GatewayFactory.Start(new Dictionary<string, string?>
        {
            ["Services:plans"] = $"{first.Address} {second.Address}",
        });
        var client = gateway.Client(gateway.Token());

        for (var i = 0; i < 40; i++)
        {
            var response = await client.GetAsync($"/api/plans/priorities?request={i}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.InRange(first.Received.Count(r => r.PathAndQuery.Contains("request=", StringComparison.Ordinal)), 5, 35);
        Assert.InRange(second.Received.Count(r => r.PathAndQuery.Contains("request=", StringComparison.Ordinal)), 5, 35);
    }

    [Fact]
    public async Task A_replica_that_stops_leaves_the_rotation_and_the_service_stays_ready()
    {
        var stopping = await EchoBackend.StartAsync();
        await using var staying = await EchoBackend.StartAsync();
        await using var gateway = GatewayFactory.Start(new Dictionary<string, string?>
        {
            ["Services:plans"] = $"{stopping.Address},{staying.Address}",
        });
        var client = gateway.Client(gateway.Token());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/plans/priorities")).StatusCode);

        await stopping.DisposeAsync();

        // Until the health checks notice, a request may still be sent to the stopped replica (a 502 the caller retries).
        Assert.True(await Eventually.TrueAsync(async () => await AllSucceedAsync(client, 20), TimeSpan.FromSeconds(40)),
            "requests kept reaching the stopped replica");
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var plans = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").GetProperty("plans");
        Assert.Equal("1 of 2 replicas ready", plans.GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_service_none_of_whose_replicas_is_ready_makes_the_gateway_unready()
    {
        await using var first = await EchoBackend.StartAsync();
        await using var second = await EchoBackend.StartAsync();
        await using var gateway = GatewayFactory.Start(new Dictionary<string, string?>
        {
            ["Services:plans"] = $"{first.Address} {second.Address}",
        });
        first.Ready = false;
        second.Ready = false;

        var ready = await gateway.Client().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    private static async Task<bool> AllSucceedAsync(HttpClient client, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if ((await client.GetAsync("/api/plans/priorities")).StatusCode != HttpStatusCode.OK)
            {
                return false;
            }
        }

        return true;
    }
}
