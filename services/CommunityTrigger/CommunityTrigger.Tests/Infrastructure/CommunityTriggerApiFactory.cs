using System.Globalization;
using CommunityTrigger.Api;
using CommunityTrigger.Api.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;

namespace CommunityTrigger.Tests.Infrastructure;

/// <summary>
/// The Community Trigger service on its own real database and RabbitMQ virtual host, one per test class, with a
/// clock the tests set and two threshold versions from configuration: the statutory default, then from
/// 1 September 2025 a local version that adds the hate-incident route.
/// </summary>
public sealed class CommunityTriggerApiFactory() : ServiceFactory<CommunityTriggerApi>("community-trigger")
{
    /// <summary>Tuesday 15 July 2025, 10:00 in England.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2025, 7, 15, 9, 0, 0, TimeSpan.Zero);

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

    public TestClock Clock { get; } = new(DefaultNow);

    protected override TimeProvider Time => Clock;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CommunityTrigger:ThresholdRules:0:Version", "2014-default");
        builder.UseSetting("CommunityTrigger:ThresholdRules:0:ValidFrom", "2014-10-20");
        builder.UseSetting("CommunityTrigger:ThresholdRules:1:Version", "norfolk-2025-hate-route");
        builder.UseSetting("CommunityTrigger:ThresholdRules:1:ValidFrom", HateRouteFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        builder.UseSetting("CommunityTrigger:ThresholdRules:1:HateIncidentRoute", "true");
    }

    public HttpClient Public() => CreateClient();

    /// <summary>A single point of contact at the district council of <paramref name="district"/>.</summary>
    public HttpClient Spoc(string district = Districts.Norwich) =>
        ClientWithToken(Token(Councils[district], [Roles.TriggerSpoc], district));

    public HttpClient PartnershipOfficer() => ClientWithToken(Token(Agencies.Opcc, [Roles.PartnershipOfficer]));

    public CommunityTriggerDbContext NewDbContext() =>
        new(new DbContextOptionsBuilder<CommunityTriggerDbContext>().UseNpgsql(ConnectionString).Options);
}
