using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;
using ServiceDefaults.Tests.TestDb;

namespace ServiceDefaults.Tests.Messaging;

public sealed class OutboxAtomicityTests(OutboxAtomicityTests.Fixture fixture) : IClassFixture<OutboxAtomicityTests.Fixture>
{
    private MessagingHost Host => fixture.Host;

    [Fact]
    public async Task A_rolled_back_transaction_publishes_nothing_and_a_committed_one_publishes_exactly_once()
    {
        var committed = await Host.CommitChangeAsync();
        var rolledBack = new WidgetChanged { WidgetId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow };
        await using (var scoped = Host.NewDbContext())
        {
            await using var transaction = await scoped.Db.Database.BeginTransactionAsync();
            scoped.Db.Records.Add(new TestRecord { Kind = "change", SubjectId = rolledBack.WidgetId });
            scoped.Db.AddIntegrationEvent(rolledBack);
            await scoped.Db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        var later = await Host.CommitChangeAsync();

        Assert.True(await Eventually.TrueAsync(() => Host.Deliveries.HandlerRuns(later.EventId) == 1 && Host.Deliveries.HandlerRuns(committed.EventId) == 1));
        Assert.Equal(1, Host.Deliveries.HandlerRuns(committed.EventId));
        Assert.Equal(0, Host.Deliveries.HandlerRuns(rolledBack.EventId));
        Assert.Null(await Host.FindOutboxRowAsync(rolledBack.EventId));
        Assert.True(await Eventually.TrueAsync(async () => (await Host.FindOutboxRowAsync(committed.EventId))!.DispatchedAt is not null));
    }

    [Fact]
    public async Task A_SaveChanges_that_fails_writes_neither_the_change_nor_its_event()
    {
        var existing = await Host.CommitChangeAsync();
        var failed = new WidgetChanged { WidgetId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow };
        await using (var scoped = Host.NewDbContext())
        {
            var duplicateKey = await scoped.Db.Records.AsNoTracking().FirstAsync(r => r.SubjectId == existing.WidgetId);
            scoped.Db.Records.Add(new TestRecord { Kind = "change", SubjectId = failed.WidgetId });
            scoped.Db.Records.Add(new TestRecord { Id = duplicateKey.Id, Kind = "change", SubjectId = failed.WidgetId });
            scoped.Db.AddIntegrationEvent(failed);
            await Assert.ThrowsAsync<DbUpdateException>(() => scoped.Db.SaveChangesAsync());
        }

        Assert.Null(await Host.FindOutboxRowAsync(failed.EventId));
        Assert.Equal(0, await Host.CountAsync(q => q.Where(r => r.SubjectId == failed.WidgetId)));
    }

    [Fact]
    public async Task The_outbox_row_carries_the_event_its_wire_type_and_the_writers_trace()
    {
        using var source = new ActivitySource(MessagingHost.ServiceName);
        using var request = source.StartActivity("request that changes a widget")!;
        var changed = await Host.CommitChangeAsync("stored as JSON");
        request.Stop();

        var row = await Host.FindOutboxRowAsync(changed.EventId);

        Assert.NotNull(row);
        Assert.Equal("csp:test:widget-changed:v1", row.MessageType);
        Assert.Contains(changed.WidgetId.ToString(), row.Payload, StringComparison.Ordinal);
        Assert.Contains("stored as JSON", row.Payload, StringComparison.Ordinal);
        Assert.Contains(request.Id!, row.Headers, StringComparison.Ordinal);
        Assert.Equal(changed.OccurredAt.ToUnixTimeMilliseconds(), row.OccurredAt.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task The_consumer_runs_in_the_trace_of_the_code_that_wrote_the_event()
    {
        using var source = new ActivitySource(MessagingHost.ServiceName);
        WidgetChanged changed;
        ActivityTraceId trace;
        using (var request = source.StartActivity("request that changes a widget")!)
        {
            trace = request.TraceId;
            changed = await Host.CommitChangeAsync();
        }

        Assert.True(await Eventually.TrueAsync(() => Host.Deliveries.HandlerRuns(changed.EventId) == 1));
        Assert.Equal(trace, Host.Deliveries.TraceOf(changed.EventId));
    }

    [Fact]
    public async Task Queues_and_bindings_exist_as_soon_as_the_service_has_started()
    {
        var queue = await fixture.Management.GetQueueAsync(Fixture.Queue);
        var exchange = await fixture.Management.GetExchangeAsync("test.widget-changed.v1");

        Assert.NotNull(queue);
        Assert.True(queue.Value.GetProperty("durable").GetBoolean());
        Assert.Equal("quorum", queue.Value.GetProperty("arguments").GetProperty("x-queue-type").GetString());
        Assert.NotNull(exchange);
    }

    [Fact]
    public async Task Publishing_declares_only_the_events_own_exchange_not_one_named_after_a_CLR_base_type()
    {
        var changed = await Host.CommitChangeAsync();
        Assert.True(await Eventually.TrueAsync(() => Host.Deliveries.HandlerRuns(changed.EventId) == 1));

        Assert.Null(await fixture.Management.GetExchangeAsync("Platform.Contracts:IntegrationEvent"));
    }

    [Fact]
    public async Task Readiness_covers_the_bus_and_the_outbox()
    {
        JsonElement report = default;
        Assert.True(await Eventually.TrueAsync(async () =>
        {
            report = await Host.Client().GetFromJsonAsync<JsonElement>("/health/ready");
            return report.GetProperty("status").GetString() == "Healthy";
        }));

        Assert.Equal("Healthy", report.GetProperty("checks").GetProperty("bus").GetProperty("status").GetString());
        Assert.Equal("Healthy", report.GetProperty("checks").GetProperty("outbox").GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_migration_creates_the_tables_exactly_as_the_model_maps_them()
    {
        await using var scoped = Host.NewDbContext();

        Assert.Empty(await SchemaVerifier.FindDifferencesAsync(scoped.Db));
        Assert.Contains("outbox_messages", scoped.Db.Model.GetEntityTypes().Select(e => e.GetTableName()));
        Assert.Contains("inbox_messages", scoped.Db.Model.GetEntityTypes().Select(e => e.GetTableName()));
    }

    public sealed class Fixture : MessagingEnvironment
    {
        public const string Queue = MessagingHost.ServiceName + "-count-widget-changed";

        public MessagingHost Host { get; private set; } = null!;

        protected override async Task StartHostsAsync()
        {
            Host = await StartHostAsync(bus => bus.AddConsumer<CountWidgetChangedConsumer>());
        }
    }
}
