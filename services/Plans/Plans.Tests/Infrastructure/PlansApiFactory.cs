using Microsoft.EntityFrameworkCore;
using Plans.Api;
using Plans.Api.Data;
using Platform.Contracts;

namespace Plans.Tests.Infrastructure;

/// <summary>The Plans service on its own real database and RabbitMQ virtual host, one per test class, with a clock the tests set.</summary>
public sealed class PlansApiFactory() : ServiceFactory<PlansApi>("plans")
{
    /// <summary>Monday 12 January 2026, 09:00 in England.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 1, 12, 9, 0, 0, TimeSpan.Zero);

    public TestClock Clock { get; } = new(DefaultNow);

    protected override TimeProvider Time => Clock;

    public string Token(params string[] roles) => Token(Agencies.Opcc, roles);

    public HttpClient PartnershipOfficer() => ClientWithToken(Token(Roles.PartnershipOfficer));

    /// <summary>Someone of <paramref name="agency"/> with token subject <paramref name="subject"/> in <paramref name="roles"/>.</summary>
    public HttpClient As(string agency, string subject, params string[] roles) =>
        ClientWithToken(Token(agency, roles, subject: subject));

    /// <summary>A delivery lead of <paramref name="agency"/>: they update their own agency's actions.</summary>
    public HttpClient DeliveryLead(string agency, string subject = "lead-1") => As(agency, subject, Roles.DeliveryLead);

    public PlansDbContext NewDbContext() =>
        new(new DbContextOptionsBuilder<PlansDbContext>().UseNpgsql(ConnectionString).Options);
}
