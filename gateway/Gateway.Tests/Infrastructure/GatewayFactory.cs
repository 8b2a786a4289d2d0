using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Platform.Contracts;
using Platform.Gateway;
using Platform.Testing;

namespace Gateway.Tests.Infrastructure;

/// <summary>
/// The real gateway on Kestrel (a real socket: body limits, remote IP partitions and trace headers behave as in
/// production), configured per test with small limits.
/// </summary>
public sealed class GatewayFactory : WebApplicationFactory<GatewayApi>
{
    private readonly IReadOnlyDictionary<string, string?> settings;

    private GatewayFactory(IReadOnlyDictionary<string, string?> settings) => this.settings = settings;

    /// <summary>The identity service every test host trusts.</summary>
    public TestAuthority Authority { get; } = TestAuthority.SharedAsync().GetAwaiter().GetResult();

    public static GatewayFactory Start(IReadOnlyDictionary<string, string?> settings)
    {
        var factory = new GatewayFactory(settings);
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    public HttpClient Client(string? token = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = Address });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>Where the gateway's Kestrel listens (a free loopback port).</summary>
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    public string Token(string subject = "analyst-1") => Authority.Token(Agencies.Opcc, [Roles.Analyst], subject: subject);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:Authority", Authority.Address.ToString());
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("ReadinessCache:CacheFor", "00:00:00"); // tests that change a service's readiness see it at once
        builder.UseSetting("RateLimits:FailedAuthentication:PermitLimit", "100000"); // tests of refusals share one address
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
