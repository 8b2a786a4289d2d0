using System.Net.Http.Headers;
using System.Security.Cryptography;
using CommunityTrigger.Api;
using CommunityTrigger.Api.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Platform.Testing;

namespace CommunityTrigger.Tests.Infrastructure;

/// <summary>
/// The Community Trigger service on its own real database and RabbitMQ virtual host, one per test class, with a
/// clock the tests set and two threshold versions from configuration: the statutory default, then from
/// 1 September 2025 a local version that adds the hate-incident route.
/// </summary>
public sealed class CommunityTriggerApiFactory : WebApplicationFactory<CommunityTriggerApi>, IAsyncLifetime
{
    public static readonly DateOnly HateRouteFrom = new(2025, 9, 1);

    private static readonly Dictionary<string, string> Councils = new()
    {
        [Districts.Breckland] = Agencies.BrecklandCouncil,
        [Districts.Broadland] = Agencies.BroadlandCouncil,
        [Districts.GreatYarmouth] = Agencies.GreatYarmouthCouncil,
        [Districts.KingsLynnWestNorfolk] = Agencies.KingsLynnWestNorfolkCouncil,
        [Districts.NorthNorfolk] = Agencies.NorthNorfolkCouncil,
        [Districts.Norwich] = Agencies.NorwichCityCouncil,
        [Districts.SouthNorfolk] = Agencies.SouthNorfolkCouncil,
    };

    public string SigningKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string ConnectionString { get; private set; } = "";

    public Uri BrokerUri { get; private set; } = null!;

    public TestClock Clock { get; } = new();

    public async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        ConnectionString = await servers.CreateDatabaseAsync("community_trigger");
        BrokerUri = await servers.CreateVirtualHostAsync("community-trigger");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:postgres", ConnectionString);
        builder.UseSetting("ConnectionStrings:rabbitmq", BrokerUri.ToString());
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.UseSetting("CommunityTrigger:ThresholdRules:0:Version", "2014-default");
        builder.UseSetting("CommunityTrigger:ThresholdRules:0:ValidFrom", "2014-10-20");
        builder.UseSetting("CommunityTrigger:ThresholdRules:1:Version", "norfolk-2025-hate-route");
        builder.UseSetting("CommunityTrigger:ThresholdRules:1:ValidFrom", HateRouteFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("CommunityTrigger:ThresholdRules:1:HateIncidentRoute", "true");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public HttpClient Public() => CreateClient();

    /// <summary>A single point of contact at the district council of <paramref name="district"/>.</summary>
    public HttpClient Spoc(string district = Districts.Norwich) =>
        ClientWithToken(DevTokens.Issue(SigningKey, Councils[district], [Roles.TriggerSpoc], district));

    public HttpClient PartnershipOfficer() => ClientWithToken(DevTokens.Issue(SigningKey, Agencies.Opcc, [Roles.PartnershipOfficer]));

    public HttpClient ClientWithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public CommunityTriggerDbContext NewDbContext() =>
        new(new DbContextOptionsBuilder<CommunityTriggerDbContext>().UseNpgsql(ConnectionString).Options);

    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();
}
