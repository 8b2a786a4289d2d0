using System.Text.Json;

namespace ServiceDefaults.Tests.Messaging;

/// <summary>
/// Decision 0038: a message whose handling never completes (each instance that takes it dies) comes back from the
/// quorum queue with a growing <c>x-delivery-count</c>; at the limit it goes to the <c>_error</c> queue unhandled
/// instead of killing the next instance, and the service goes on consuming.
/// </summary>
public sealed class DeliveryLimitTests(DeliveryLimitTests.Fixture fixture) : IClassFixture<DeliveryLimitTests.Fixture>
{
    private const int Limit = 3;

    [Fact]
    public async Task A_message_delivered_up_to_the_limit_without_being_settled_is_parked_unhandled_and_good_ones_still_flow()
    {
        var crashing = await fixture.Publisher.CommitChangeAsync();
        var returned = 0;
        Assert.True(await Eventually.TrueAsync(async () =>
        {
            // The instances that took it died before settling it: the broker got it back each time.
            returned += (await fixture.Management.ReturnMessagesAsync(Fixture.Queue)).Count(m => MessageId(m) == crashing.EventId.ToString());
            return returned >= Limit;
        }));

        await using var consumer = await MessagingHost.StartAsync(
            fixture, bus => bus.AddConsumer<ApplyWidgetChangedConsumer>(), options => options.ConsumerDeliveryLimit = Limit);

        JsonElement parked = default;
        Assert.True(await Eventually.TrueAsync(async () =>
        {
            parked = (await fixture.Management.PeekMessagesAsync(Fixture.Queue + "_error")).FirstOrDefault(m => MessageId(m) == crashing.EventId.ToString());
            return parked.ValueKind != JsonValueKind.Undefined;
        }));
        Assert.Contains("Delivered 3 times", parked.GetProperty("properties").GetProperty("headers").GetProperty("MT-Fault-Message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, consumer.Deliveries.HandlerRuns(crashing.EventId));

        var good = await fixture.Publisher.CommitChangeAsync();

        Assert.True(await Eventually.TrueAsync(async () =>
            await consumer.CountAsync(q => q.Where(r => r.Kind == "applied" && r.SubjectId == good.WidgetId)) == 1));
        Assert.Equal(0, await consumer.CountAsync(q => q.Where(r => r.Kind == "applied" && r.SubjectId == crashing.WidgetId)));
    }

    private static string? MessageId(JsonElement message) => message.GetProperty("properties").GetProperty("message_id").GetString();

    public sealed class Fixture : MessagingEnvironment
    {
        public const string Queue = MessagingHost.ServiceName + "-apply-widget-changed";

        /// <summary>The service's outbox and relay, with no consumer: the consuming instances come and go in the test.</summary>
        public MessagingHost Publisher { get; private set; } = null!;

        protected override async Task StartHostsAsync()
        {
            // The consumer's queue is declared and bound by its first instance, which is then gone.
            await (await MessagingHost.StartAsync(this, bus => bus.AddConsumer<ApplyWidgetChangedConsumer>())).DisposeAsync();
            Publisher = await StartHostAsync();
        }
    }
}
