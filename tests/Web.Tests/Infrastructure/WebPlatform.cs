using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using CommunityTrigger.Api;
using Funding.Api;
using Consultation.Api;
using Identity.Api;
using Plans.Api;
using Platform.Gateway;
using Platform.Web;
using Prevent.Api;
using Reviews.Api;

namespace Web.Tests.Infrastructure;

/// <summary>
/// The platform as a browser meets it: the gateway at a port chosen first (the identity service names it as issuer,
/// and the web client's redirect address is on it), the web front-end behind it at /, the identity service at
/// /identity with its development users, Community Trigger, Plans (with its reference data), Reviews, Prevent, Funding and Consultation, each on its own socket and database, sharing one broker
/// vhost, as <c>./platform up</c> wires them.
/// </summary>
public sealed class WebPlatform : IAsyncLifetime
{

    private const string TestClientId = "csp-web-tests";
    private readonly string testClientSecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));

    public KestrelFactory<GatewayApi> Gateway { get; private set; } = null!;

    public KestrelFactory<IdentityApi> Identity { get; private set; } = null!;

    public KestrelFactory<WebApp> Web { get; private set; } = null!;

    /// <summary>A second replica of the web front-end sharing the first one's database, as two Kubernetes pods do (decision 0047).</summary>
    public KestrelFactory<WebApp> SecondWeb { get; private set; } = null!;

    public KestrelFactory<CommunityTriggerApi> CommunityTrigger { get; private set; } = null!;

    public KestrelFactory<PlansApi> Plans { get; private set; } = null!;

    public KestrelFactory<ReviewsApi> Reviews { get; private set; } = null!;

    public KestrelFactory<PreventApi> Prevent { get; private set; } = null!;

    public KestrelFactory<FundingApi> Funding { get; private set; } = null!;
    public KestrelFactory<ConsultationApi> Consultation { get; private set; } = null!;

    /// <summary>The Reviews service's database, for setting up what only a failure makes (a dead-lettered event).</summary>
    public string ReviewsDatabase { get; private set; } = "";

    /// <summary>The web front-end's session database (tickets, drafts, keys), for another web instance to share.</summary>
    public string WebSessionsDatabase { get; private set; } = "";

    /// <summary>The telemetry dashboard the operations page links to.</summary>
    public static readonly Uri Dashboard = new("http://127.0.0.1:18888/");

    /// <summary>Where a browser goes: the gateway's address, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        var broker = await servers.CreateVirtualHostAsync("web");
        var port = FreePort();
        Address = new Uri($"http://127.0.0.1:{port}/");
        Identity = new KestrelFactory<IdentityApi>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = await servers.CreateDatabaseAsync("web-identity"),
            ["Identity:Issuer"] = new Uri(Address, "identity/").ToString(),
            ["Identity:SeedDevelopmentUsers"] = "true",
            ["Identity:EncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Identity:WebClient:ClientId"] = "csp-web",
            ["Identity:WebClient:RedirectUris:0"] = new Uri(Address, "signed-in").ToString(),
            ["Identity:WebClient:PostLogoutRedirectUris:0"] = new Uri(Address, "signed-out").ToString(),
            ["Identity:DevelopmentTokens:ClientId"] = TestClientId,
            ["Identity:DevelopmentTokens:Secret"] = testClientSecret,
        });
        CommunityTrigger = new KestrelFactory<CommunityTriggerApi>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = await servers.CreateDatabaseAsync("web-trigger"),
            ["ConnectionStrings:rabbitmq"] = broker.ToString(),
            ["Auth:Authority"] = Authority.ToString(),
        });
        // Before Plans: Funding learns the plan's priorities from the PriorityAdopted events Plans' seeding announces.
        Funding = new KestrelFactory<FundingApi>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = await servers.CreateDatabaseAsync("web-funding"),
            ["ConnectionStrings:rabbitmq"] = broker.ToString(),
            ["Auth:Authority"] = Authority.ToString(),
            ["Funding:SeedReferenceData"] = "true",
        });
        Plans = new KestrelFactory<PlansApi>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = await servers.CreateDatabaseAsync("web-plans"),
            ["ConnectionStrings:rabbitmq"] = broker.ToString(),
            ["Auth:Authority"] = Authority.ToString(),
            ["Plans:SeedReferenceData"] = "true",
        });
        ReviewsDatabase = await servers.CreateDatabaseAsync("web-reviews");
        Reviews = new KestrelFactory<ReviewsApi>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = ReviewsDatabase,
            ["ConnectionStrings:rabbitmq"] = broker.ToString(),
            ["Auth:Authority"] = Authority.ToString(),
        });
        Prevent = new KestrelFactory<PreventApi>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = await servers.CreateDatabaseAsync("web-prevent"),
            ["ConnectionStrings:rabbitmq"] = broker.ToString(),
            ["Auth:Authority"] = Authority.ToString(),
        });
        Consultation = new KestrelFactory<ConsultationApi>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = await servers.CreateDatabaseAsync("web-consultation"),
            ["ConnectionStrings:rabbitmq"] = broker.ToString(),
            ["Auth:Authority"] = Authority.ToString(),
            // Results by district are shown from a handful of responses, as a test makes.
            ["Consultation:MinimumBase"] = "1",
        });
        WebSessionsDatabase = await servers.CreateDatabaseAsync("web-sessions");
        var webSettings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = WebSessionsDatabase,
            ["Web:Gateway"] = Address.ToString(),
            ["Web:Dashboard"] = Dashboard.ToString(),
            ["Web:SourceAddress"] = "127.0.0.2",
        };
        Web = new KestrelFactory<WebApp>(webSettings);
        SecondWeb = new KestrelFactory<WebApp>(webSettings);
        Gateway = new KestrelFactory<GatewayApi>(new Dictionary<string, string?>
        {
            ["Auth:Authority"] = Authority.ToString(),
            ["Services:identity"] = Identity.Address.ToString(),
            ["Services:community-trigger"] = CommunityTrigger.Address.ToString(),
            ["Services:plans"] = Plans.Address.ToString(),
            ["Services:reviews"] = Reviews.Address.ToString(),
            ["Services:prevent"] = Prevent.Address.ToString(),
            ["Services:funding"] = Funding.Address.ToString(),
            ["Services:consultation"] = Consultation.Address.ToString(),
            ["Services:web"] = Web.Address.ToString(),
            // The web calls from 127.0.0.2 with each resident's address, as ./platform up runs them; every browser here is 127.0.0.1.
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.2",
            ["RateLimits:Anonymous:PermitLimit"] = "1000",
        }, port: port);

        foreach (var service in new[] { Identity.Address, CommunityTrigger.Address, Plans.Address, Reviews.Address, Prevent.Address, Funding.Address, Consultation.Address, Web.Address, SecondWeb.Address })
        {
            using var health = new HttpClient { BaseAddress = service };
            Assert.True(
                await Eventually.TrueAsync(async () => (await health.GetAsync(service == Identity.Address ? "/identity/health/ready" : "/health/ready")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(60)),
                $"{service} did not become ready");
        }
    }

    /// <summary>The identity service as everyone reaches it: through the gateway, which is also its issuer.</summary>
    public Uri Authority => new(Address, "identity/");

    /// <summary>
    /// Through the gateway as staff, for setting up what a journey needs but does not itself do; the token comes from
    /// the identity service's development grant, as <c>./platform token</c> gets one.
    /// </summary>
    public async Task<HttpClient> AsStaffAsync(string agency, string role, string? district = null)
    {
        using var identity = new HttpClient();
        var token = await DevelopmentGrant.RequestAsync(identity, Authority, TestClientId, testClientSecret, agency, [role], district);
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Web.DisposeAsync();
        await SecondWeb.DisposeAsync();
        await CommunityTrigger.DisposeAsync();
        await Plans.DisposeAsync();
        await Reviews.DisposeAsync();
        await Prevent.DisposeAsync();
        await Funding.DisposeAsync();
        await Consultation.DisposeAsync();
        await Identity.DisposeAsync();
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
