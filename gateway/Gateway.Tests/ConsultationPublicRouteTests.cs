using System.Net;
using System.Net.Http.Json;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests;

/// <summary>
/// Every public Consultation route (issue 17: anonymous responding, save and resume, published results and "you said,
/// we did") is reachable without a token, shares the stricter anonymous limit per address, and a staff route under the
/// same prefix is not opened by it.
/// </summary>
public sealed class ConsultationPublicRouteTests : IAsyncLifetime
{
    private const int AnonymousLimit = 9;
    private static readonly Guid Consultation = Guid.NewGuid();
    private static readonly string ResumeKey = new('k', 43);

    private EchoBackend backend = null!;
    private GatewayFactory gateway = null!;

    public async Task InitializeAsync()
    {
        backend = await EchoBackend.StartAsync();
        gateway = GatewayFactory.Start(new Dictionary<string, string?>
        {
            ["Services:consultation"] = backend.Address.ToString(),
            ["RateLimits:Anonymous:PermitLimit"] = AnonymousLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimits:Anonymous:Window"] = "01:00:00",
        });
    }

    public async Task DisposeAsync()
    {
        await gateway.DisposeAsync();
        await backend.DisposeAsync();
    }

    private static IEnumerable<Func<HttpClient, Task<HttpResponseMessage>>> PublicRoutes() =>
    [
        client => client.GetAsync("/api/consultation/public/consultations"),
        client => client.GetAsync($"/api/consultation/public/consultations/{Consultation}"),
        client => client.PostAsJsonAsync($"/api/consultation/public/consultations/{Consultation}/responses", new { sessionToken = "0123456789abcdef0123", answers = new { } }),
        client => client.PostAsJsonAsync($"/api/consultation/public/consultations/{Consultation}/drafts", new { answers = new { } }),
        client => client.GetAsync($"/api/consultation/public/drafts/{ResumeKey}"),
        client => client.PostAsJsonAsync($"/api/consultation/public/drafts/{ResumeKey}", new { answers = new { } }),
        client => client.GetAsync($"/api/consultation/public/consultations/{Consultation}/results"),
        client => client.GetAsync($"/api/consultation/public/consultations/{Consultation}/you-said-we-did"),
        client => client.GetAsync($"/api/consultation/public/consultations/{Consultation}/you-said-we-did.html"),
    ];

    [Fact]
    public async Task Every_public_route_is_open_without_a_token_until_the_anonymous_limit_then_each_answers_429_with_retry_after()
    {
        var client = gateway.Client();
        var routes = PublicRoutes().ToList();
        Assert.Equal(AnonymousLimit, routes.Count);

        foreach (var route in routes)
        {
            using var allowed = await route(client);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        foreach (var route in routes)
        {
            using var refused = await route(client);
            await refused.ReadProblemAsync(HttpStatusCode.TooManyRequests);
            Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        }

        Assert.Equal(AnonymousLimit, backend.Received.Count(r => r.PathAndQuery.StartsWith("/api/consultation/public/", StringComparison.Ordinal)));
        Assert.All(backend.Received, r => Assert.Null(r.Authorization));
    }

    [Fact]
    public async Task Staff_routes_beside_the_public_ones_still_need_a_token_and_public_routes_take_no_other_method()
    {
        var client = gateway.Client();

        using var staff = await client.GetAsync($"/api/consultation/consultations/{Consultation}/results");
        using var deleting = await client.DeleteAsync($"/api/consultation/public/drafts/{ResumeKey}");

        await staff.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Unauthorized, deleting.StatusCode);
        Assert.False(backend.Saw("/api/consultation/consultations/"));
        Assert.False(backend.Saw("/drafts/"));
    }
}
