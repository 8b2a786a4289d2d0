using Platform.ServiceDefaults.Messaging;

namespace ServiceDefaults.Tests.Messaging;

public sealed class PoisonMessageTests(PoisonMessageTests.Fixture fixture) : IClassFixture<PoisonMessageTests.Fixture>
{
    private const int Retries = 2;

    private MessagingHost Host => fixture.Host;

    [Fact]
    public async Task A_message_that_always_fails_is_retried_then_parked_in_the_error_queue_and_later_messages_still_flow()
    {
        using var meters = new MeterReader(Host.Services, ParkedMessages.MeterName);
        var poison = await Host.CommitChangeAsync(WidgetChanged.Poison);

        Assert.True(await Eventually.TrueAsync(async () =>
            (await fixture.Management.PeekMessagesAsync(Fixture.Queue + "_error"))
            .Any(m => m.GetProperty("properties").GetProperty("message_id").GetString() == poison.EventId.ToString())));
        // Not a transient fault, so only the short retries, and the parking is counted once.
        Assert.Equal(1 + Retries, Host.Deliveries.HandlerRuns(poison.EventId));
        Assert.True(await Eventually.TrueAsync(() => meters.Counter("messaging.parked") == 1));

        var good = await Host.CommitChangeAsync();

        Assert.True(await Eventually.TrueAsync(async () =>
            await Host.CountAsync(q => q.Where(r => r.Kind == "applied" && r.SubjectId == good.WidgetId)) == 1));
        Assert.Equal(0, await Host.CountAsync(q => q.Where(r => r.Kind == "applied" && r.SubjectId == poison.WidgetId)));
        Assert.Equal(1 + Retries, Host.Deliveries.HandlerRuns(poison.EventId));
    }

    public sealed class Fixture : MessagingEnvironment
    {
        public const string Queue = MessagingHost.ServiceName + "-apply-widget-changed";

        public MessagingHost Host { get; private set; } = null!;

        protected override async Task StartHostsAsync()
        {
            Host = await StartHostAsync(
                bus => bus.AddConsumer<ApplyWidgetChangedConsumer>(), options => options.ConsumerRetryLimit = Retries);
        }
    }
}
