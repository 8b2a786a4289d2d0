using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Platform.Testing;
using Prevent.Api;
using Prevent.Api.Data;

namespace Prevent.Tests.Infrastructure;

/// <summary>The Prevent service on its own real database and RabbitMQ virtual host, one per test class, with a clock the tests set.</summary>
public sealed class PreventApiFactory : WebApplicationFactory<PreventApi>, IAsyncLifetime
{
    public const string PartnerAgency = "norfolk-schools-mis";

    public string SigningKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string ConnectionString { get; private set; } = "";

    public Uri BrokerUri { get; private set; } = null!;

    public TestClock Clock { get; } = new();

    public async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        ConnectionString = await servers.CreateDatabaseAsync("prevent");
        BrokerUri = await servers.CreateVirtualHostAsync("prevent");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:postgres", ConnectionString);
        builder.UseSetting("ConnectionStrings:rabbitmq", BrokerUri.ToString());
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public HttpClient As(string agency, params string[] roles) => ClientWithToken(DevTokens.Issue(SigningKey, agency, roles));

    public HttpClient PartnerSystem(string agency = PartnerAgency) => As(agency, Roles.PartnerSystem);

    public HttpClient PreventLead(string council = Agencies.NorwichCityCouncil) => As(council, Roles.PreventLead);

    public HttpClient PanelMember(string council = Agencies.NorwichCityCouncil) => As(council, Roles.ChannelPanelMember);

    public HttpClient PoliceOfficer() => As(Agencies.Constabulary, Roles.PolicePreventOfficer);

    public HttpClient ClientWithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public PreventDbContext NewDbContext() => new(new DbContextOptionsBuilder<PreventDbContext>().UseNpgsql(ConnectionString).Options);

    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();
}
