using System.Net;
using Gateway.Tests.Infrastructure;
using Platform.Contracts;
using Platform.Testing;

namespace Gateway.Tests;

/// <summary>
/// What holds at the edge whoever calls: bad tokens are counted per address before they are checked, readiness is
/// not public, forwarded addresses are believed only from configured proxies (IPv6 counted by /64), HSTS outside
/// Development, and API answers are not cached.
/// </summary>
public sealed class EdgeProtectionTests
{
    private const string TrustedProxy = "127.0.0.1"; // the tests' own loopback connection plays the reverse proxy

    [Fact]
    public async Task Five_hundred_requests_with_a_bad_token_get_429s_once_the_address_has_used_its_allowance()
    {
        await using var backend = await EchoBackend.StartAsync();
        await using var gateway = GatewayFactory.Start(new Dictionary<string, string?>
        {
            ["Services:plans"] = backend.Address.ToString(),
            ["RateLimits:FailedAuthentication:PermitLimit"] = "20",
            ["RateLimits:FailedAuthentication:Window"] = "01:00:00",
        });
        var forger = gateway.Client(ForgedTokens.Symmetric(ForgedTokens.OldDevelopmentKey));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 500; i++)
        {
            using var response = await forger.GetAsync("/api/plans/priorities");
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(20), status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.All(statuses.Skip(20), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
        var refused = await forger.GetAsync("/api/plans/priorities");
        var problem = await refused.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("missing or invalid token", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.NotNull(refused.Headers.RetryAfter);
        // The address is refused as a whole, even with a good token, until the window ends.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await gateway.Client(gateway.Token()).GetAsync("/api/plans/priorities")).StatusCode);
        Assert.Empty(backend.Received);
    }

    [Fact]
    public async Task Readiness_is_not_public_but_liveness_is()
    {
        await using var backend = await EchoBackend.StartAsync();
        await using var gateway = GatewayFactory.Start(new Dictionary<string, string?>
        {
            ["Services:plans"] = backend.Address.ToString(),
            ["ForwardedHeaders:KnownProxies:0"] = TrustedProxy,
        });

        var publicReady = await FromAsync(gateway.Client(), "203.0.113.7", "/health/ready");
        var analystReady = await FromAsync(gateway.Client(gateway.Token()), "203.0.113.7", "/health/ready");
        var opsReady = await FromAsync(gateway.Client(gateway.Authority.Token(Agencies.Opcc, [Roles.Ops])), "203.0.113.7", "/health/ready");
        var publicLive = await FromAsync(gateway.Client(), "203.0.113.7", "/health/live");
        var onThisMachine = await gateway.Client().GetAsync("/health/ready");

        await publicReady.ReadProblemAsync(HttpStatusCode.Unauthorized);
        await analystReady.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, opsReady.StatusCode);
        Assert.Equal(HttpStatusCode.OK, publicLive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onThisMachine.StatusCode);
    }

    [Fact]
    public async Task Readiness_asked_often_probes_each_service_at_most_once_per_cache_period()
    {
        await using var backend = await EchoBackend.StartAsync();
        await using var gateway = GatewayFactory.Start(new Dictionary<string, string?>
        {
            ["Services:plans"] = backend.Address.ToString(),
            ["ReadinessCache:CacheFor"] = "01:00:00",
        });
        var client = gateway.Client();

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => client.GetAsync("/health/ready")));
        backend.Ready = false;
        var afterServiceWentDown = await client.GetAsync("/health/ready");

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        Assert.Equal(HttpStatusCode.OK, afterServiceWentDown.StatusCode); // the cached answer, until the period ends
        Assert.Equal(1, backend.ReadinessProbes);
    }

    [Fact]
    public async Task Forwarded_addresses_count_only_from_a_trusted_proxy_and_IPv6_callers_are_counted_by_their_64()
    {
        await using var backend = await EchoBackend.StartAsync();
        var limits = new Dictionary<string, string?>
        {
            ["Services:community-trigger"] = backend.Address.ToString(),
            ["RateLimits:Anonymous:PermitLimit"] = "1",
            ["RateLimits:Anonymous:Window"] = "01:00:00",
        };
        await using var untrusting = GatewayFactory.Start(limits);
        await using var behindProxy = GatewayFactory.Start(new Dictionary<string, string?>(limits) { ["ForwardedHeaders:KnownProxies:0"] = TrustedProxy });

        var untrustedFirst = await FromAsync(untrusting.Client(), "198.51.100.1", "/api/community-trigger/publication/x");
        var untrustedSecond = await FromAsync(untrusting.Client(), "198.51.100.2", "/api/community-trigger/publication/x");
        var householdFirst = await FromAsync(behindProxy.Client(), "2001:db8:1:2::1", "/api/community-trigger/publication/x");
        var householdOtherAddress = await FromAsync(behindProxy.Client(), "2001:db8:1:2:ffff::9", "/api/community-trigger/publication/x");
        var neighbour = await FromAsync(behindProxy.Client(), "2001:db8:1:3::1", "/api/community-trigger/publication/x");

        Assert.Equal(HttpStatusCode.OK, untrustedFirst.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, untrustedSecond.StatusCode); // the header was ignored: one caller
        Assert.Equal(HttpStatusCode.OK, householdFirst.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, householdOtherAddress.StatusCode);
        Assert.Equal(HttpStatusCode.OK, neighbour.StatusCode);
    }

    [Fact]
    public void Start_up_refuses_the_switch_that_trusts_forwarded_headers_from_anyone()
    {
        var failure = Assert.ThrowsAny<Exception>(() => GatewayFactory.Start(new Dictionary<string, string?> { ["ForwardedHeaders_Enabled"] = "true" }));

        Assert.Contains("KnownProxies", failure.GetBaseException().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_Development_HTTPS_answers_carry_HSTS_and_API_answers_are_not_cached_except_OpenAPI_documents()
    {
        await using var backend = await EchoBackend.StartAsync();
        await using var gateway = GatewayFactory.Start(new Dictionary<string, string?>
        {
            ["Services:plans"] = backend.Address.ToString(),
            ["ForwardedHeaders:KnownProxies:0"] = TrustedProxy,
            ["environment"] = "Production",
        });
        var client = gateway.Client(gateway.Token());

        using var overHttps = new HttpRequestMessage(HttpMethod.Get, "/api/plans/priorities");
        overHttps.Headers.Host = "csp.example.gov.uk";
        overHttps.Headers.Add("X-Forwarded-Proto", "https");
        var api = await client.SendAsync(overHttps);
        var document = await client.GetAsync("/api/plans/openapi.json");
        var plainHttp = await client.GetAsync("/api/plans/priorities");

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Contains("max-age=31536000", api.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.True(api.Headers.CacheControl?.NoStore);
        Assert.NotEqual(true, document.Headers.CacheControl?.NoStore);
        Assert.False(plainHttp.Headers.Contains("Strict-Transport-Security")); // HSTS is only meaningful over HTTPS
    }

    private static async Task<HttpResponseMessage> FromAsync(HttpClient client, string forwardedFor, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await client.SendAsync(request);
    }
}
