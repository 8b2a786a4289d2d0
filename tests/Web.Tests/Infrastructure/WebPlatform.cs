using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using CommunityTrigger.Api;
using Identity.Api;
using Platform.Gateway;
using Platform.Web;

namespace Web.Tests.Infrastructure;

/// <summary>
/// The platform as a browser meets it: the gateway at a port chosen first (the identity service names it as issuer,
/// and the web client's redirect address is on it), the web front-end behind it at /, the identity service at
/// /identity with its development users, and Community Trigger, each on its own socket and database, sharing one broker
/// vhost, as <c>./platform up</c> wires them.
/// </summary>
public sealed class WebPlatform : IAsyncLifetime
{
    /// <summary>Why journeys that call the APIs as a signed-in person wait: the services still trust only development tokens.</summary>
    public const string ServicesTrustTheIdentityService =
        "Needs the services to validate the identity service's RS256 tokens (issue 13 phase 2); until then they refuse a person's token.";

    private readonly string signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public KestrelFactory<GatewayApi> Gateway { get; private set; } = null!;

    public KestrelFactory<IdentityApi> Identity { get; private set; } = null!;

    public KestrelFactory<WebApp> Web { get; private set; } = null!;

    public KestrelFactory<CommunityTriggerApi> CommunityTrigger { get; private set; } = null!;

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
        });
        CommunityTrigger = new KestrelFactory<CommunityTriggerApi>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = await servers.CreateDatabaseAsync("web-trigger"),
            ["ConnectionStrings:rabbitmq"] = broker.ToString(),
            ["Auth:SigningKey"] = signingKey,
        });
        Web = new KestrelFactory<WebApp>(new Dictionary<string, string?>
        {
            ["Web:Gateway"] = Address.ToString(),
        });
        Gateway = new KestrelFactory<GatewayApi>(new Dictionary<string, string?>
        {
            ["Auth:SigningKey"] = signingKey,
            ["Services:identity"] = Identity.Address.ToString(),
            ["Services:community-trigger"] = CommunityTrigger.Address.ToString(),
            ["Services:web"] = Web.Address.ToString(),
            // Every browser here is 127.0.0.1, and so is the web front-end calling the APIs for residents.
            ["RateLimits:Anonymous:PermitLimit"] = "1000",
        }, port: port);

        foreach (var service in new[] { Identity.Address, CommunityTrigger.Address, Web.Address })
        {
            using var health = new HttpClient { BaseAddress = service };
            Assert.True(
                await Eventually.TrueAsync(async () => (await health.GetAsync(service == Identity.Address ? "/identity/health/ready" : "/health/ready")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(60)),
                $"{service} did not become ready");
        }
    }

    /// <summary>Through the gateway as staff, for setting up what a journey needs but does not itself do.</summary>
    public HttpClient AsStaff(string agency, string role, string? district = null)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevTokens.Issue(signingKey, agency, [role], district));
        return client;
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Web.DisposeAsync();
        await CommunityTrigger.DisposeAsync();
        await Identity.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
