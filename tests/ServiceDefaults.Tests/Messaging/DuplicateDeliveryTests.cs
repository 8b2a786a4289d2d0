using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace ServiceDefaults.Tests.Messaging;

public sealed class DuplicateDeliveryTests(DuplicateDeliveryTests.Fixture fixture) : IClassFixture<DuplicateDeliveryTests.Fixture>
{
    private MessagingHost Host => fixture.Host;

    [Fact]
    public async Task The_same_MessageId_delivered_twice_is_applied_once_and_both_deliveries_are_acknowledged()
    {
        var changed = new WidgetChanged { WidgetId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow };

        await PublishAsync(changed);
        Assert.True(await Eventually.TrueAsync(() => Host.Deliveries.Completed(changed.EventId) == 1));
        await PublishAsync(changed);

        Assert.True(await Eventually.TrueAsync(() => Host.Deliveries.Completed(changed.EventId) == 2));
        Assert.Equal(1, await Host.CountAsync(q => q.Where(r => r.Kind == "applied" && r.SubjectId == changed.WidgetId)));
        Assert.Equal(1, Host.Deliveries.HandlerRuns(changed.EventId));
        Assert.Empty(await fixture.Management.PeekMessagesAsync(Fixture.Queue + "_error"));
    }

    [Fact]
    public async Task Copies_of_one_message_consumed_concurrently_are_applied_once()
    {
        var changed = new WidgetChanged { WidgetId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow };

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PublishAsync(changed)));

        Assert.True(await Eventually.TrueAsync(() => Host.Deliveries.Completed(changed.EventId) == 8));
        Assert.Equal(1, await Host.CountAsync(q => q.Where(r => r.Kind == "applied" && r.SubjectId == changed.WidgetId)));
    }

    private Task PublishAsync(WidgetChanged changed) =>
        Host.Services.GetRequiredService<IBus>().Publish(changed, context => context.MessageId = changed.EventId);

    public sealed class Fixture : MessagingEnvironment
    {
        public const string Queue = MessagingHost.ServiceName + "-apply-widget-changed";

        public MessagingHost Host { get; private set; } = null!;

        protected override async Task StartHostsAsync()
        {
            Host = await StartHostAsync(bus => bus.AddConsumer<ApplyWidgetChangedConsumer>(
                consumer => consumer.UseConcurrentMessageLimit(8)));
        }
    }
}
