using System.Net;
using System.Net.Http.Json;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests;

public sealed class RateLimitTests : IAsyncLifetime
{
    private EchoBackend backend = null!;
    private GatewayFactory gateway = null!;

    public async Task InitializeAsync()
    {
        backend = await EchoBackend.StartAsync();
        gateway = GatewayFactory.Start(new Dictionary<string, string?>
        {
            ["Services:plans"] = backend.Address.ToString(),
            ["Services:community-trigger"] = backend.Address.ToString(),
            ["RateLimits:Anonymous:PermitLimit"] = "2",
            ["RateLimits:Anonymous:Window"] = "01:00:00",
            ["RateLimits:Authenticated:PermitLimit"] = "3",
            ["RateLimits:Authenticated:Window"] = "01:00:00",
        });
    }

    public async Task DisposeAsync()
    {
        await gateway.DisposeAsync();
        await backend.DisposeAsync();
    }

    [Fact]
    public async Task Anonymous_callers_get_the_stricter_limit_then_a_429_problem_with_retry_after()
    {
        var client = gateway.Client();

        var allowed = new[]
        {
            await client.PostAsJsonAsync("/api/community-trigger/applications", new { }),
            await client.GetAsync("/api/plans/openapi.json"),
        };
        var refused = await client.PostAsJsonAsync("/api/community-trigger/applications", new { });

        Assert.All(allowed, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        await refused.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        Assert.Equal(2, backend.Received.Count);
    }

    [Fact]
    public async Task Authenticated_callers_are_limited_per_subject_not_per_address()
    {
        var alice = gateway.Client(gateway.Token("alice"));
        var bob = gateway.Client(gateway.Token("bob"));

        var aliceAllowed = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            aliceAllowed.Add((await alice.GetAsync("/api/plans/priorities")).StatusCode);
        }

        var aliceRefused = await alice.GetAsync("/api/plans/priorities");
        var bobAllowed = await bob.GetAsync("/api/plans/priorities");

        Assert.All(aliceAllowed, status => Assert.Equal(HttpStatusCode.OK, status));
        await aliceRefused.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(aliceRefused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, bobAllowed.StatusCode);
    }
}
