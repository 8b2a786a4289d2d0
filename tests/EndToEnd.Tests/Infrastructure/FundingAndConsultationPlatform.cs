using System.Net;
using System.Net.Http.Headers;
using Consultation.Api;
using Funding.Api;
using Plans.Api;
using Platform.Gateway;
using Platform.Testing;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// The gateway in front of Plans, Funding and Consultation, each on its own socket and database, sharing one broker
/// vhost and one test identity service as <c>./platform up</c> wires them: the two newer duties and the service that consumes
/// their events, without the other services (which <see cref="PlatformUnderTest"/> covers).
/// </summary>
public sealed class FundingAndConsultationPlatform : IAsyncLifetime
{
    private TestAuthority authority = null!;

    /// <summary>The identity service every process here trusts.</summary>
    public TestAuthority Authority => authority;

    public KestrelFactory<PlansApi> Plans { get; private set; } = null!;

    public KestrelFactory<FundingApi> Funding { get; private set; } = null!;

    public KestrelFactory<ConsultationApi> Consultation { get; private set; } = null!;

    public KestrelFactory<GatewayApi> Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        authority = await TestAuthority.SharedAsync();
        var broker = await servers.CreateVirtualHostAsync("e2e-funding-consultation");
        Dictionary<string, string?> Settings(string database) => new()
        {
            ["ConnectionStrings:postgres"] = database,
            ["ConnectionStrings:rabbitmq"] = broker.ToString(),
            ["Auth:Authority"] = authority.Address.ToString(),
        };

        Plans = new KestrelFactory<PlansApi>(Settings(await servers.CreateDatabaseAsync("e2e-fc-plans")));
        Funding = new KestrelFactory<FundingApi>(Settings(await servers.CreateDatabaseAsync("e2e-fc-funding")));
        Consultation = new KestrelFactory<ConsultationApi>(Settings(await servers.CreateDatabaseAsync("e2e-fc-consultation")));
        Gateway = new KestrelFactory<GatewayApi>(new Dictionary<string, string?>
        {
            ["Auth:Authority"] = authority.Address.ToString(),
            ["Services:plans"] = Plans.Address.ToString(),
            ["Services:funding"] = Funding.Address.ToString(),
            ["Services:consultation"] = Consultation.Address.ToString(),
            // Each test's callers are one address and a few subjects (the generated bad-input walk sends hundreds).
            ["RateLimits:Anonymous:PermitLimit"] = "100000",
            ["RateLimits:FailedAuthentication:PermitLimit"] = "100000",
            ["RateLimits:Authenticated:PermitLimit"] = "100000",
        });

        foreach (var service in new[] { Plans.Address, Funding.Address, Consultation.Address })
        {
            using var health = new HttpClient { BaseAddress = service };
            Assert.True(
                await Eventually.TrueAsync(async () => (await health.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(60)),
                $"{service} did not become ready");
        }
    }

    /// <summary>Through the gateway as <paramref name="subject"/> of <paramref name="agency"/> with <paramref name="roles"/> (none: a partner user).</summary>
    public HttpClient As(string agency, string subject, params string[] roles)
    {
        var client = new HttpClient { BaseAddress = Gateway.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", authority.Token(agency, roles, subject: subject));
        return client;
    }

    /// <summary>Through the gateway with no token: a member of the public.</summary>
    public HttpClient Anonymously() => new() { BaseAddress = Gateway.Address };

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Consultation.DisposeAsync();
        await Funding.DisposeAsync();
        await Plans.DisposeAsync();
    }
}
