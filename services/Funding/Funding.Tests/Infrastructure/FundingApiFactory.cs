using System.Net;
using MassTransit;
using Funding.Api;
using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;

namespace Funding.Tests.Infrastructure;

/// <summary>The Funding service on its own real database and RabbitMQ virtual host, one per test class, on a clock the tests set.</summary>
public class FundingApiFactory() : ServiceFactory<FundingApi>("funding")
{
    /// <summary>Monday 2 June 2025, 09:00: the tests' small-grants round is open.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2025, 6, 2, 8, 0, 0, TimeSpan.Zero);

    public TestClock Clock { get; } = new(DefaultNow);

    protected override TimeProvider? Time => Clock;

    public HttpClient GrantsOfficer() => ClientWithToken(Token(Agencies.Opcc, [Roles.GrantsOfficer], subject: "grants-officer-1"));

    public HttpClient Scrutiny() => ClientWithToken(Token(Agencies.Opcc, [Roles.ScrutinyMember], subject: "scrutiny-1"));

    /// <summary>A partner user of <paramref name="agency"/> with no special role: applies for, and sees, their organisation's applications.</summary>
    public HttpClient Partner(string agency, string subject) => ClientWithToken(Token(agency, [], subject: subject));

    public HttpClient Anonymous() => ClientWithToken(null);

    public FundingDbContext NewDbContext() =>
        new(new DbContextOptionsBuilder<FundingDbContext>().UseNpgsql(ConnectionString).Options);

    /// <summary>Puts a priority into Funding's copy as if PriorityAdopted had arrived.</summary>
    public async Task<Guid> AdoptedPriorityAsync(string title = "Anti-social behaviour", bool retired = false)
    {
        _ = Server; // the host migrates the database
        await using var db = NewDbContext();
        var priority = new LivePriority { Id = Guid.CreateVersion7(), Title = title, SponsorAgency = "norfolk-constabulary", Retired = retired, UpdatedAt = DefaultNow };
        db.Priorities.Add(priority);
        await db.SaveChangesAsync();
        return priority.Id;
    }

    /// <summary>Publishes through the broker as Plans' outbox would, once the consumers' queues are bound.</summary>
    public async Task PublishAsync<T>(T message)
        where T : class
    {
        var health = CreateClient();
        Assert.True(
            await Eventually.TrueAsync(async () => (await health.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30)),
            "the bus did not become ready");
        await Services.GetRequiredService<IBus>().Publish(message);
    }
}
