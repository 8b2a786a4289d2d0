using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using CommunityTrigger.Api;
using Plans.Api;
using Plans.Api.Data;
using Platform.Contracts;
using Platform.Gateway;
using Platform.Testing;
using Prevent.Api;
using Reviews.Api;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// The gateway in front of Plans, Community Trigger, Prevent and Reviews, plus a test consuming service, each on its own
/// socket and database, sharing one broker vhost and trusting the test authority (the real identity service), as
/// <c>./platform up</c> wires them (Plans with
/// <c>Plans:SeedReferenceData=true</c>, so the plan's priorities and derived measures exist). <see cref="Broker"/> is
/// the shared test broker unless a test class brings its own (for outages).
/// </summary>
public class PlatformUnderTest : IAsyncLifetime
{
    private TestAuthority authority = null!;

    /// <summary>The identity service every process here trusts.</summary>
    public TestAuthority Authority => authority;

    public KestrelFactory<PlansApi> Plans { get; private set; } = null!;

    public KestrelFactory<CommunityTriggerApi> CommunityTrigger { get; private set; } = null!;

    public KestrelFactory<PreventApi> Prevent { get; private set; } = null!;

    public KestrelFactory<ReviewsApi> Reviews { get; private set; } = null!;

    public KestrelFactory<GatewayApi> Gateway { get; private set; } = null!;

    public LivePrioritiesService LivePriorities { get; private set; } = null!;

    public Uri Broker { get; private set; } = null!;

    private string plansDatabase = "";

    public virtual async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        authority = await TestAuthority.SharedAsync();
        Broker = await BrokerAsync(servers);
        plansDatabase = await servers.CreateDatabaseAsync("e2e-plans");
        LivePriorities = await LivePrioritiesService.StartAsync(await servers.CreateDatabaseAsync("e2e-live"), Broker);
        Plans = new KestrelFactory<PlansApi>(ServiceSettings(plansDatabase, ("Plans:SeedReferenceData", "true")));
        CommunityTrigger = new KestrelFactory<CommunityTriggerApi>(ServiceSettings(await servers.CreateDatabaseAsync("e2e-trigger")));
        Prevent = new KestrelFactory<PreventApi>(ServiceSettings(await servers.CreateDatabaseAsync("e2e-prevent")));
        Reviews = new KestrelFactory<ReviewsApi>(ServiceSettings(await servers.CreateDatabaseAsync("e2e-reviews")));
        Gateway = new KestrelFactory<GatewayApi>(new Dictionary<string, string?>
        {
            ["Auth:Authority"] = authority.Address.ToString(),
            ["Services:plans"] = Plans.Address.ToString(),
            ["Services:community-trigger"] = CommunityTrigger.Address.ToString(),
            ["Services:prevent"] = Prevent.Address.ToString(),
            ["Services:reviews"] = Reviews.Address.ToString(),
            // Every test's callers are one address and a few subjects (the generated bad-input walk sends hundreds).
            ["RateLimits:FailedAuthentication:PermitLimit"] = "100000",
            ["RateLimits:Authenticated:PermitLimit"] = "100000",
        });

        // Ready means each bus is connected and its queues bound, so no service's first event finds nobody listening.
        foreach (var service in new[] { Plans.Address, CommunityTrigger.Address, Prevent.Address, Reviews.Address })
        {
            using var health = new HttpClient { BaseAddress = service };
            Assert.True(
                await Eventually.TrueAsync(async () => (await health.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(60)),
                $"{service} did not become ready");
        }
    }

    protected virtual async Task<Uri> BrokerAsync(TestServers servers) => await servers.CreateVirtualHostAsync("e2e");

    /// <summary>A service's own database, the shared broker vhost and the shared signing key, plus its own settings.</summary>
    private Dictionary<string, string?> ServiceSettings(string database, params (string Key, string Value)[] own)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = database,
            ["ConnectionStrings:rabbitmq"] = Broker.ToString(),
            ["Auth:Authority"] = authority.Address.ToString(),
        };
        foreach (var (key, value) in own)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Through the gateway as a partnership officer of the OPCC, as a web front-end would call it.</summary>
    public HttpClient ThroughGateway() => ThroughGateway(Agencies.Opcc, Roles.PartnershipOfficer);

    /// <summary>Through the gateway with a token for <paramref name="role"/> at <paramref name="agency"/>.</summary>
    public HttpClient ThroughGateway(string agency, string role, string? subject = null) =>
        WithToken(Gateway.Address, authority.Token(agency, [role], subject: subject));

    /// <summary>Through the gateway as a member of the public: no token at all.</summary>
    public HttpClient Anonymously() => new() { BaseAddress = Gateway.Address };

    /// <summary>Through the gateway as a member of staff of a given agency and district.</summary>
    public HttpClient AsStaff(string agency, string role, string? district = null) =>
        WithToken(Gateway.Address, authority.Token(agency, [role], district));

    /// <summary>The OPCC's review manager, through the gateway.</summary>
    public HttpClient ReviewManager() => ThroughGateway(Agencies.Opcc, Roles.ReviewManager, "review-manager-e2e");

    /// <summary>The constabulary's case system, a partner system, through the gateway.</summary>
    public HttpClient PolicePartnerSystem() => ThroughGateway(Agencies.Constabulary, Roles.PartnerSystem, "police-system-e2e");

    /// <summary>Straight to the Plans service, bypassing the gateway (load and outage set-up only).</summary>
    public HttpClient StraightToPlans(params string[] roles) =>
        WithToken(Plans.Address, authority.Token(Agencies.Opcc, roles.Length == 0 ? [Roles.PartnershipOfficer] : roles));

    public PlansDbContext NewPlansDbContext() =>
        new(new DbContextOptionsBuilder<PlansDbContext>().UseNpgsql(plansDatabase).Options);

    private static HttpClient WithToken(Uri address, string token)
    {
        var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public virtual async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Reviews.DisposeAsync();
        await Prevent.DisposeAsync();
        await CommunityTrigger.DisposeAsync();
        await Plans.DisposeAsync();
        await LivePriorities.DisposeAsync();
    }
}
