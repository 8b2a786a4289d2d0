using System.Net.Http.Headers;
using System.Security.Cryptography;
using Platform.Gateway;
using Platform.Testing;
using Prevent.Api;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// Gateway → Prevent on real sockets, Prevent on its own database and broker virtual host, one signing key, as
/// <c>./platform up</c> wires them. Partner systems reach the HTTP door through the gateway and the AMQP door on the
/// broker directly.
/// </summary>
public sealed class PreventPlatform : IAsyncLifetime
{
    private readonly string signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public KestrelFactory<PreventApi> Prevent { get; private set; } = null!;

    public KestrelFactory<GatewayApi> Gateway { get; private set; } = null!;

    public Uri Broker { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        Broker = await servers.CreateVirtualHostAsync("e2e-prevent");
        Prevent = new KestrelFactory<PreventApi>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = await servers.CreateDatabaseAsync("e2e-prevent"),
            ["ConnectionStrings:rabbitmq"] = Broker.ToString(),
            ["Auth:SigningKey"] = signingKey,
        });
        Gateway = new KestrelFactory<GatewayApi>(new Dictionary<string, string?>
        {
            ["Auth:SigningKey"] = signingKey,
            ["Services:prevent"] = Prevent.Address.ToString(),
        });
    }

    /// <summary>A plain HttpClient on the gateway's socket with a token of the given agency and role.</summary>
    public HttpClient ThroughGateway(string agency, string role)
    {
        var client = new HttpClient { BaseAddress = Gateway.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevTokens.Issue(signingKey, agency, [role]));
        return client;
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Prevent.DisposeAsync();
    }
}
