using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using CommunityTrigger.Api;
using Plans.Api;
using Plans.Api.Data;
using Platform.Contracts;
using Platform.Gateway;
using Platform.Testing;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// Gateway → Plans and Community Trigger → RabbitMQ → a consuming service, each on its own socket or database, sharing one broker vhost
/// and one signing key, as <c>./platform up</c> wires them. <see cref="Broker"/> is the shared test broker unless a
/// test class brings its own (for outages).
/// </summary>
public class PlatformUnderTest : IAsyncLifetime
{
    private readonly string signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public KestrelFactory<PlansApi> Plans { get; private set; } = null!;

    public KestrelFactory<CommunityTriggerApi> CommunityTrigger { get; private set; } = null!;

    public KestrelFactory<GatewayApi> Gateway { get; private set; } = null!;

    public LivePrioritiesService LivePriorities { get; private set; } = null!;

    public Uri Broker { get; private set; } = null!;

    private string plansDatabase = "";

    public virtual async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        Broker = await BrokerAsync(servers);
        plansDatabase = await servers.CreateDatabaseAsync("e2e-plans");
        LivePriorities = await LivePrioritiesService.StartAsync(await servers.CreateDatabaseAsync("e2e-live"), Broker);
        Plans = new KestrelFactory<PlansApi>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = plansDatabase,
            ["ConnectionStrings:rabbitmq"] = Broker.ToString(),
            ["Auth:SigningKey"] = signingKey,
        });
        CommunityTrigger = new KestrelFactory<CommunityTriggerApi>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = await servers.CreateDatabaseAsync("e2e-trigger"),
            ["ConnectionStrings:rabbitmq"] = Broker.ToString(),
            ["Auth:SigningKey"] = signingKey,
        });
        Gateway = new KestrelFactory<GatewayApi>(new Dictionary<string, string?>
        {
            ["Auth:SigningKey"] = signingKey,
            ["Services:plans"] = Plans.Address.ToString(),
            ["Services:community-trigger"] = CommunityTrigger.Address.ToString(),
        });
    }

    protected virtual async Task<Uri> BrokerAsync(TestServers servers) => await servers.CreateVirtualHostAsync("e2e");

    /// <summary>A plain HttpClient on the gateway's socket, as a web front-end would use it.</summary>
    public HttpClient ThroughGateway(params string[] roles) => ClientFor(Gateway.Address, roles);

    /// <summary>Through the gateway as a member of the public: no token at all.</summary>
    public HttpClient Anonymously() => new() { BaseAddress = Gateway.Address };

    /// <summary>Through the gateway as a member of staff of a given agency and district.</summary>
    public HttpClient AsStaff(string agency, string role, string? district = null) =>
        WithToken(Gateway.Address, DevTokens.Issue(signingKey, agency, [role], district));

    /// <summary>Straight to the Plans service, bypassing the gateway (load and outage set-up only).</summary>
    public HttpClient StraightToPlans(params string[] roles) => ClientFor(Plans.Address, roles);

    public PlansDbContext NewPlansDbContext() =>
        new(new DbContextOptionsBuilder<PlansDbContext>().UseNpgsql(plansDatabase).Options);

    private HttpClient ClientFor(Uri address, string[] roles) =>
        WithToken(address, DevTokens.Issue(signingKey, Agencies.Opcc, roles.Length == 0 ? [Roles.PartnershipOfficer] : roles));

    private static HttpClient WithToken(Uri address, string token)
    {
        var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public virtual async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await CommunityTrigger.DisposeAsync();
        await Plans.DisposeAsync();
        await LivePriorities.DisposeAsync();
    }
}
