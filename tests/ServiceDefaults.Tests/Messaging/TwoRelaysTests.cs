using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Messaging;

namespace ServiceDefaults.Tests.Messaging;

/// <summary>Two replicas of one service: two relays over the same outbox table, one consumer counting raw deliveries.</summary>
public sealed class TwoRelaysTests(TwoRelaysTests.Fixture fixture) : IClassFixture<TwoRelaysTests.Fixture>
{
    private const int Events = 400;

    [Fact]
    public async Task Two_relays_at_once_publish_every_row_exactly_once_between_them()
    {
        using var metersOfA = new MeterReader(fixture.ReplicaA.Services);
        using var metersOfB = new MeterReader(fixture.ReplicaB.Services);
        var replicas = new[] { fixture.ReplicaA, fixture.ReplicaB };

        var written = await Task.WhenAll(Enumerable.Range(0, Events).Select(async i =>
        {
            await Task.Yield();
            return await replicas[i % 2].CommitChangeAsync();
        }));

        var deliveries = fixture.ReplicaA.Deliveries;
        Assert.True(await Eventually.TrueAsync(() => written.All(e => deliveries.HandlerRuns(e.EventId) > 0), TimeSpan.FromSeconds(30)));
        Assert.True(await Eventually.TrueAsync(async () =>
        {
            await using var scoped = fixture.ReplicaA.NewDbContext();
            return !await scoped.Db.Set<OutboxMessage>().AnyAsync(m => m.DispatchedAt == null);
        }));
        Assert.All(written, e => Assert.Equal(1, deliveries.HandlerRuns(e.EventId)));
        // A relay counts a batch just after its commit marks the rows dispatched: the last batch's count may trail by a moment.
        await Eventually.TrueAsync(() => metersOfA.Counter("outbox.published") + metersOfB.Counter("outbox.published") >= Events, TimeSpan.FromSeconds(5));
        Assert.Equal(Events, metersOfA.Counter("outbox.published") + metersOfB.Counter("outbox.published"));
        Assert.True(metersOfA.Counter("outbox.published") > 0, "replica A's relay published nothing");
        Assert.True(metersOfB.Counter("outbox.published") > 0, "replica B's relay published nothing");
    }

    public sealed class Fixture : MessagingEnvironment
    {
        public MessagingHost ReplicaA { get; private set; } = null!;

        public MessagingHost ReplicaB { get; private set; } = null!;

        protected override async Task StartHostsAsync()
        {
            Action<MessagingOptions> competitive = options =>
            {
                options.Outbox.BatchSize = 10;
                options.Outbox.PollInterval = TimeSpan.FromMilliseconds(20);
            };
            ReplicaA = await StartHostAsync(bus => bus.AddConsumer<CountWidgetChangedConsumer>(), competitive);
            ReplicaB = await StartHostAsync(configure: competitive);
        }
    }
}
