using System.Net;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plans.Api;
using Plans.Api.Data;
using Platform.Contracts;

namespace Plans.Tests.Infrastructure;

/// <summary>
/// The Plans service on its own real database and RabbitMQ virtual host, one per test class: a clock the tests set,
/// clients for each role, events published over the real broker, and a record of every delivery its consumers completed.
/// </summary>
public class PlansApiFactory() : ServiceFactory<PlansApi>("plans")
{
    /// <summary>Monday 12 January 2026, 09:00 in England.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 1, 12, 9, 0, 0, TimeSpan.Zero);

    public TestClock Clock { get; } = new(DefaultNow);

    /// <summary>Deliveries the service's consumers finished, by MessageId: duplicates skipped by the inbox count too.</summary>
    public ConsumedMessages Consumed { get; } = new();

    protected override TimeProvider? Time => Clock;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddConsumeObserver(_ => Consumed));
    }

    /// <summary>Someone of the OPCC in <paramref name="roles"/>.</summary>
    public HttpClient Client(params string[] roles) => ClientWithToken(Token(Agencies.Opcc, roles));

    public HttpClient PartnershipOfficer() => Client(Roles.PartnershipOfficer);

    public HttpClient Analyst() => Client(Roles.Analyst);

    public HttpClient Scrutiny() => Client(Roles.ScrutinyMember);

    /// <summary>Someone of <paramref name="agency"/> with token subject <paramref name="subject"/> in <paramref name="roles"/>.</summary>
    public HttpClient As(string agency, string subject, params string[] roles) =>
        ClientWithToken(Token(agency, roles, subject: subject));

    /// <summary>A delivery lead of <paramref name="agency"/>: they update their own agency's actions.</summary>
    public HttpClient DeliveryLead(string agency, string subject = "lead-1") => As(agency, subject, Roles.DeliveryLead);

    public PlansDbContext NewDbContext() =>
        new(new DbContextOptionsBuilder<PlansDbContext>().UseNpgsql(ConnectionString).Options);

    /// <summary>Publishes through the broker as the owning service's outbox would, once the consumers' queues are bound.</summary>
    public async Task PublishAsync<T>(T message, Guid messageId)
        where T : class
    {
        // The consumers' queues are bound once the bus is up: publishing earlier would route the message nowhere.
        var health = CreateClient();
        Assert.True(
            await Eventually.TrueAsync(async () => (await health.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30)),
            "the bus did not become ready");
        await Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId);
    }
}
