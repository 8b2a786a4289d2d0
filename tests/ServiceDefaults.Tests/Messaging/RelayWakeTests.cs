using System.Diagnostics;
using ServiceDefaults.Tests.TestDb;
using Platform.ServiceDefaults.Messaging;

namespace ServiceDefaults.Tests.Messaging;

/// <summary>With a 30 s fallback poll, only the commit signal can make delivery fast.</summary>
public sealed class RelayWakeTests(RelayWakeTests.Fixture fixture) : IClassFixture<RelayWakeTests.Fixture>
{
    private static readonly TimeSpan WellUnderASecond = TimeSpan.FromMilliseconds(500);

    private MessagingHost Host => fixture.Host;

    [Fact]
    public async Task An_event_saved_by_SaveChanges_reaches_the_consumer_well_under_a_second_after_the_commit()
    {
        await WaitUntilRelayIdleAsync();

        var changed = await Host.CommitChangeAsync();
        var committed = Stopwatch.StartNew();

        Assert.True(await Eventually.TrueAsync(() => Host.Deliveries.HandlerRuns(changed.EventId) == 1, TimeSpan.FromSeconds(5)));
        Assert.True(committed.Elapsed < WellUnderASecond, $"commit to consumer took {committed.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task An_event_saved_in_the_callers_transaction_reaches_the_consumer_well_under_a_second_after_that_commit()
    {
        await WaitUntilRelayIdleAsync();
        var changed = new WidgetChanged { WidgetId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow };
        Stopwatch committed;
        await using (var scoped = Host.NewDbContext())
        {
            await using var transaction = await scoped.Db.Database.BeginTransactionAsync();
            scoped.Db.Records.Add(new TestRecord { Kind = "change", SubjectId = changed.WidgetId });
            scoped.Db.AddIntegrationEvent(changed);
            await scoped.Db.SaveChangesAsync();
            await transaction.CommitAsync();
            committed = Stopwatch.StartNew();
        }

        Assert.True(await Eventually.TrueAsync(() => Host.Deliveries.HandlerRuns(changed.EventId) == 1, TimeSpan.FromSeconds(5)));
        Assert.True(committed.Elapsed < WellUnderASecond, $"commit to consumer took {committed.Elapsed.TotalMilliseconds:F0} ms");
    }

    /// <summary>The relay's first pass after start-up must be over, or it would pick the row up by luck.</summary>
    private async Task WaitUntilRelayIdleAsync()
    {
        var warmUp = await Host.CommitChangeAsync();
        Assert.True(await Eventually.TrueAsync(() => Host.Deliveries.HandlerRuns(warmUp.EventId) == 1));
    }

    public sealed class Fixture : MessagingEnvironment
    {
        public MessagingHost Host { get; private set; } = null!;

        protected override async Task StartHostsAsync()
        {
            Host = await StartHostAsync(
                bus => bus.AddConsumer<CountWidgetChangedConsumer>(),
                options =>
                {
                    options.Outbox.PollInterval = TimeSpan.FromSeconds(30);
                    options.Outbox.StatisticsInterval = TimeSpan.FromMinutes(5);
                });
        }
    }
}
