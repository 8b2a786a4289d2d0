using System.Net.Http.Headers;
using System.Security.Cryptography;
using Platform.Contracts;
using Platform.Gateway;
using Platform.Testing;
using Reviews.Api;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// Gateway → Reviews → RabbitMQ as <c>./platform up</c> wires them: the Reviews service on its own socket, database and
/// broker virtual host, the gateway in front with the same signing key. Kept apart from <see cref="PlatformUnderTest"/>
/// so the Reviews flow starts only what it needs.
/// </summary>
public sealed class ReviewsPlatform : IAsyncLifetime
{
    private readonly string signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public KestrelFactory<ReviewsApi> Reviews { get; private set; } = null!;

    public KestrelFactory<GatewayApi> Gateway { get; private set; } = null!;

    /// <summary>The virtual host the Reviews service publishes to.</summary>
    public Uri Broker { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        Broker = await servers.CreateVirtualHostAsync("e2e-reviews");
        Reviews = new KestrelFactory<ReviewsApi>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = await servers.CreateDatabaseAsync("e2e-reviews"),
            ["ConnectionStrings:rabbitmq"] = Broker.ToString(),
            ["Auth:SigningKey"] = signingKey,
        });
        Gateway = new KestrelFactory<GatewayApi>(new Dictionary<string, string?>
        {
            ["Auth:SigningKey"] = signingKey,
            ["Services:reviews"] = Reviews.Address.ToString(),
        });
    }

    /// <summary>Through the gateway with a token for <paramref name="role"/> at <paramref name="agency"/>.</summary>
    public HttpClient ThroughGateway(string agency, string role, string subject)
    {
        var client = new HttpClient { BaseAddress = Gateway.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevTokens.Issue(signingKey, agency, [role], subject: subject));
        return client;
    }

    public HttpClient ReviewManager() => ThroughGateway(Agencies.Opcc, Roles.ReviewManager, "review-manager-e2e");

    public HttpClient PolicePartnerSystem() => ThroughGateway(Agencies.Constabulary, Roles.PartnerSystem, "police-system-e2e");

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Reviews.DisposeAsync();
    }
}
