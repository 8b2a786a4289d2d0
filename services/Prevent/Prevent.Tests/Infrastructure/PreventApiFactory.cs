using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Prevent.Api;
using Prevent.Api.Data;

namespace Prevent.Tests.Infrastructure;

/// <summary>The Prevent service on its own real database and RabbitMQ virtual host, one per test class, with a clock the tests set.</summary>
public sealed class PreventApiFactory() : ServiceFactory<PreventApi>("prevent")
{
    public const string PartnerAgency = "norfolk-schools-mis";

    /// <summary>Tuesday 15 July 2025, 10:00 in England.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2025, 7, 15, 9, 0, 0, TimeSpan.Zero);

    public TestClock Clock { get; } = new(DefaultNow);

    protected override TimeProvider Time => Clock;

    /// <summary>The partner systems of the tests refer for Norwich: their rejected messages are Norwich's Prevent lead's.</summary>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting($"Prevent:PartnerCouncils:Serves:{PartnerAgency}:0", Agencies.NorwichCityCouncil);
        builder.UseSetting("Prevent:PartnerCouncils:Serves:norfolk-health-ehr:0", Agencies.NorwichCityCouncil);
    }

    public HttpClient As(string agency, params string[] roles) => ClientWithToken(Token(agency, roles));

    public HttpClient PartnerSystem(string agency = PartnerAgency) => As(agency, Roles.PartnerSystem);

    public HttpClient PreventLead(string council = Agencies.NorwichCityCouncil) => As(council, Roles.PreventLead);

    public HttpClient PanelMember(string council = Agencies.NorwichCityCouncil) => As(council, Roles.ChannelPanelMember);

    public HttpClient PoliceOfficer() => As(Agencies.Constabulary, Roles.PolicePreventOfficer);

    public PreventDbContext NewDbContext() => new(new DbContextOptionsBuilder<PreventDbContext>().UseNpgsql(ConnectionString).Options);
}
