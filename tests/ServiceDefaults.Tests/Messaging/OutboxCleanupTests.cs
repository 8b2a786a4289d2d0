using System.Text.Json;
using MassTransit.Serialization;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Messaging;

namespace ServiceDefaults.Tests.Messaging;

public sealed class OutboxCleanupTests(OutboxCleanupTests.Fixture fixture) : IClassFixture<OutboxCleanupTests.Fixture>
{
    private MessagingHost Host => fixture.Host;

    [Fact]
    public async Task Dispatched_rows_and_remembered_message_ids_are_deleted_after_their_retention_but_dead_letters_stay()
    {
        var stuck = new WidgetChanged { WidgetId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow };
        await using (var scoped = Host.NewDbContext())
        {
            scoped.Db.Set<OutboxMessage>().Add(new OutboxMessage
            {
                Id = stuck.EventId,
                MessageType = "csp:test:never-deployed:v1",
                Payload = JsonSerializer.Serialize(stuck, SystemTextJsonMessageSerializer.Options),
                Headers = "{}",
                OccurredAt = stuck.OccurredAt,
            });
            await scoped.Db.SaveChangesAsync();
        }

        Assert.True(await Eventually.TrueAsync(async () => (await Host.FindOutboxRowAsync(stuck.EventId))?.DeadLetteredAt is not null));

        var changed = await Host.CommitChangeAsync();

        Assert.True(await Eventually.TrueAsync(async () =>
            await Host.CountAsync(q => q.Where(r => r.Kind == "applied" && r.SubjectId == changed.WidgetId)) == 1));
        Assert.True(await Eventually.TrueAsync(async () => await Host.FindOutboxRowAsync(changed.EventId) is null));
        Assert.True(await Eventually.TrueAsync(async () =>
        {
            await using var scoped = Host.NewDbContext();
            return !await scoped.Db.Set<InboxMessage>().AnyAsync(m => m.MessageId == changed.EventId);
        }));
        Assert.NotNull(await Host.FindOutboxRowAsync(stuck.EventId));
    }

    public sealed class Fixture : MessagingEnvironment
    {
        public MessagingHost Host { get; private set; } = null!;

        protected override async Task StartHostsAsync()
        {
            Host = await StartHostAsync(
                bus => bus.AddConsumer<ApplyWidgetChangedConsumer>(),
                options =>
                {
                    options.Outbox.MaxAttempts = 1;
                    options.Outbox.PollInterval = TimeSpan.FromMilliseconds(100);
                    options.Outbox.CleanupInterval = TimeSpan.FromMilliseconds(100);
                    options.Outbox.DispatchedRetention = TimeSpan.FromMilliseconds(200);
                    options.Outbox.InboxRetention = TimeSpan.FromMilliseconds(200);
                });
        }
    }
}
