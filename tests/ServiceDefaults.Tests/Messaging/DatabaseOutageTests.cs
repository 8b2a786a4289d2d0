using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Messaging;

namespace ServiceDefaults.Tests.Messaging;

/// <summary>
/// Decision 0048: a consumer whose database is down holds its messages and applies them when the database is back,
/// however long the outage outlasts its short retries; nothing goes to the <c>_error</c> queues.
/// </summary>
public sealed class DatabaseOutageTests(DatabaseOutageTests.Fixture fixture) : IClassFixture<DatabaseOutageTests.Fixture>
{
    private const int Messages = 30;

    private MessagingHost Host => fixture.Host;

    [Fact]
    public async Task Messages_delivered_while_the_database_is_down_are_held_and_applied_once_each_when_it_returns()
    {
        using var meters = new MeterReader(Host.Services, ParkedMessages.MeterName);
        // Warm up: the queues are bound and the consumers hold pooled connections, which the stop breaks.
        var warmUp = await Host.CommitChangeAsync();
        Assert.True(await Eventually.TrueAsync(async () =>
            await Host.CountAsync(q => q.Where(r => r.SubjectId == warmUp.WidgetId && (r.Kind == "applied" || r.Kind == "counted"))) == 2));

        await fixture.DatabaseServer.StopAsync();
        // The outbox needs the database, so these come straight from the bus, as another service's events would.
        var bus = Host.Services.GetRequiredService<IBus>();
        var sent = Enumerable.Range(0, Messages)
            .Select(_ => new WidgetChanged { WidgetId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow })
            .ToList();
        foreach (var changed in sent)
        {
            await bus.Publish(changed, context => context.MessageId = changed.EventId);
        }

        // The short retries (5 within a quarter of a second here) would have parked every one of them by now.
        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.Equal(0, await ParkedAsync(Fixture.ApplyQueue));
        Assert.Equal(0, await ParkedAsync(Fixture.CountQueue));

        await fixture.DatabaseServer.StartAsync();

        var subjects = sent.Select(e => e.WidgetId).ToList();
        Assert.True(await Eventually.TrueAsync(
            async () => await Host.CountAsync(q => q.Where(r => r.Kind == "applied" && subjects.Contains(r.SubjectId))) == Messages
                && await Host.CountAsync(q => q.Where(r => r.Kind == "counted" && subjects.Contains(r.SubjectId))) == Messages,
            TimeSpan.FromSeconds(60)));
        await using var scoped = Host.NewDbContext();
        var appliedTwice = await scoped.Db.Records.Where(r => r.Kind == "applied" || r.Kind == "counted")
            .GroupBy(r => new { r.Kind, r.SubjectId }).Where(g => g.Count() > 1).CountAsync();
        Assert.Equal(0, appliedTwice);
        Assert.Equal(0, await ParkedAsync(Fixture.ApplyQueue));
        Assert.Equal(0, await ParkedAsync(Fixture.CountQueue));
        Assert.Equal(0, meters.Counter("messaging.parked"));
    }

    private async Task<int> ParkedAsync(string queue) => (await fixture.Management.PeekMessagesAsync(queue + "_error")).Count;

    public sealed class Fixture : DedicatedDatabaseEnvironment
    {
        public const string ApplyQueue = MessagingHost.ServiceName + "-apply-widget-changed";
        public const string CountQueue = MessagingHost.ServiceName + "-count-widget-changes";

        public MessagingHost Host { get; private set; } = null!;

        protected override async Task StartHostsAsync()
        {
            Host = await StartHostAsync(
                bus =>
                {
                    bus.AddConsumer<ApplyWidgetChangedConsumer>();
                    bus.AddIdempotentBatchConsumer<CountWidgetChangesConsumer, WidgetChanged>();
                },
                options =>
                {
                    options.TransientFaultMinInterval = TimeSpan.FromMilliseconds(100);
                    options.TransientFaultMaxInterval = TimeSpan.FromMilliseconds(500);
                    options.TransientFaultWindow = TimeSpan.FromMinutes(2);
                });
        }
    }
}
