using Consultation.Api;
using Consultation.Api.Data;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;

namespace Consultation.Tests.Infrastructure;

/// <summary>The Consultation service on its own real database and RabbitMQ virtual host, one per test class, with a clock the tests set.</summary>
public sealed class ConsultationApiFactory() : ServiceFactory<ConsultationApi>("consultation")
{
    /// <summary>Monday 2 September 2024, 10:00 in England: the 2024 consultation's launch month.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2024, 9, 2, 9, 0, 0, TimeSpan.Zero);

    public TestClock Clock { get; } = new(DefaultNow);

    protected override TimeProvider Time => Clock;

    public HttpClient Public() => CreateClient();

    public HttpClient Officer(string subject = "officer-1") =>
        ClientWithToken(Token(Agencies.Opcc, [Roles.ConsultationOfficer], subject: subject));

    public HttpClient Analyst(string subject = "analyst-1") =>
        ClientWithToken(Token(Agencies.CountyCouncil, [Roles.Analyst], subject: subject));

    public HttpClient StaffOf(string agency, string role = Roles.DeliveryLead) => ClientWithToken(Token(agency, [role]));

    public ConsultationDbContext NewDbContext() =>
        new(new DbContextOptionsBuilder<ConsultationDbContext>().UseNpgsql(ConnectionString).Options);
}
