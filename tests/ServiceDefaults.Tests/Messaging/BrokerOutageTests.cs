using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Messaging;

namespace ServiceDefaults.Tests.Messaging;

public sealed class BrokerOutageTests(BrokerOutageTests.Fixture fixture) : IClassFixture<BrokerOutageTests.Fixture>
{
    private const int Changes = 200;

    private MessagingHost Host => fixture.Host;

    [Fact]
    public async Task Changes_accepted_while_the_broker_is_down_are_all_applied_exactly_once_after_it_returns()
    {
        using var meters = new MeterReader(Host.Services);
        var warmUp = await Host.CommitChangeAsync();
        Assert.True(await Eventually.TrueAsync(() => Host.Deliveries.HandlerRuns(warmUp.EventId) == 1));

        await fixture.Server.StopCleanlyAsync();
        var accepted = new List<WidgetChanged>();
        foreach (var chunk in Enumerable.Range(0, Changes).Chunk(20))
        {
            accepted.AddRange(await Task.WhenAll(chunk.Select(_ => Host.CommitChangeAsync())));
        }

        Assert.Equal(Changes, await PendingCountAsync());
        Assert.True(await Eventually.TrueAsync(async () => await ReadyCheckAsync("outbox") == "Degraded"));
        Assert.True(await Eventually.TrueAsync(() => meters.Gauge("outbox.pending") == Changes && meters.Gauge("outbox.oldest_pending.age") > 0));

        await fixture.Server.StartAsync();

        // MassTransit reconnects on its own schedule, backing off to 30 s between attempts during a long outage.
        var subjects = accepted.Select(e => e.WidgetId).ToList();
        Assert.True(await Eventually.TrueAsync(
            async () => await Host.CountAsync(q => q.Where(r => r.Kind == "applied" && subjects.Contains(r.SubjectId))) == Changes,
            TimeSpan.FromSeconds(90)));
        Assert.True(await Eventually.TrueAsync(async () => await PendingCountAsync() == 0));
        await using var scoped = Host.NewDbContext();
        var appliedTwice = await scoped.Db.Records.Where(r => r.Kind == "applied")
            .GroupBy(r => r.SubjectId).Where(g => g.Count() > 1).CountAsync();
        Assert.Equal(0, appliedTwice);
        Assert.Equal(0, await scoped.Db.Set<OutboxMessage>().CountAsync(m => m.DeadLetteredAt != null));
        Assert.True(await Eventually.TrueAsync(async () => await ReadyCheckAsync("outbox") == "Healthy"));
    }

    private async Task<int> PendingCountAsync()
    {
        await using var scoped = Host.NewDbContext();
        return await scoped.Db.Set<OutboxMessage>().CountAsync(m => m.DispatchedAt == null);
    }

    private async Task<string?> ReadyCheckAsync(string check)
    {
        using var response = await Host.Client().GetAsync("/health/ready");
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        return report.GetProperty("checks").GetProperty(check).GetProperty("status").GetString();
    }

    public sealed class Fixture : DedicatedBrokerEnvironment
    {
        public MessagingHost Host { get; private set; } = null!;

        protected override async Task StartHostsAsync()
        {
            Host = await StartHostAsync(
                bus => bus.AddConsumer<ApplyWidgetChangedConsumer>(),
                options =>
                {
                    options.Outbox.StuckThreshold = TimeSpan.FromSeconds(1);
                    options.Outbox.MaxOutageBackoff = TimeSpan.FromSeconds(1);
                    options.Outbox.StatisticsInterval = TimeSpan.FromMilliseconds(100);
                });
        }
    }
}
