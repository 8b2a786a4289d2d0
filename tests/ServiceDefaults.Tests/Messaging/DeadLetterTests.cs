using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit.Serialization;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Messaging;

namespace ServiceDefaults.Tests.Messaging;

public sealed class DeadLetterTests(DeadLetterTests.Fixture fixture) : IClassFixture<DeadLetterTests.Fixture>
{
    private const int MaxAttempts = 2;

    /// <summary>The admin endpoints live under the service's own gateway path.</summary>
    private const string Admin = $"/api/{MessagingHost.ServiceName}/admin/outbox";

    private MessagingHost Host => fixture.Host;

    [Fact]
    public async Task A_row_of_an_unknown_wire_type_is_dead_lettered_without_holding_up_others_and_published_once_redriven()
    {
        using var meters = new MeterReader(Host.Services);
        var changed = new WidgetChanged { WidgetId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow };
        await using (var scoped = Host.NewDbContext())
        {
            scoped.Db.Set<OutboxMessage>().Add(new OutboxMessage
            {
                Id = changed.EventId,
                MessageType = "csp:test:widget-changed-by-a-newer-release:v1",
                Payload = JsonSerializer.Serialize(changed, SystemTextJsonMessageSerializer.Options),
                Headers = "{}",
                OccurredAt = changed.OccurredAt,
            });
            await scoped.Db.SaveChangesAsync();
        }

        var unaffected = await Host.CommitChangeAsync();

        Assert.True(await Eventually.TrueAsync(async () =>
            await Host.CountAsync(q => q.Where(r => r.Kind == "applied" && r.SubjectId == unaffected.WidgetId)) == 1));
        var deadLetter = await WaitForDeadLetterAsync(changed.EventId);
        Assert.Equal(MaxAttempts, deadLetter.GetProperty("attempts").GetInt32());
        Assert.Contains("csp:test:widget-changed-by-a-newer-release:v1", deadLetter.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.True(await Eventually.TrueAsync(() => meters.Gauge("outbox.dead_lettered") >= 1));
        Assert.True(meters.Counter("outbox.dead_letterings") >= 1);

        await using (var scoped = Host.NewDbContext())
        {
            // The release that knows the type is deployed.
            await scoped.Db.Set<OutboxMessage>().Where(m => m.Id == changed.EventId)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.MessageType, "csp:test:widget-changed:v1"));
        }

        var redrive = await Host.Client(Roles.Ops).PostAsync($"{Admin}/dead-letters/{changed.EventId}/redrive", null);

        Assert.Equal(HttpStatusCode.NoContent, redrive.StatusCode);
        Assert.True(await Eventually.TrueAsync(async () =>
            await Host.CountAsync(q => q.Where(r => r.Kind == "applied" && r.SubjectId == changed.WidgetId)) == 1));
        Assert.True(await Eventually.TrueAsync(async () => (await Host.FindOutboxRowAsync(changed.EventId))!.DispatchedAt is not null));
        Assert.DoesNotContain(await DeadLetterIdsAsync(), id => id == changed.EventId);
    }

    [Fact]
    public async Task A_row_the_broker_refuses_is_dead_lettered_and_redrive_all_publishes_it_once_the_broker_accepts()
    {
        await fixture.Management.DeclareRejectingQueueAsync("full-queue", "test.widget-changed.v1");
        var changed = await Host.CommitChangeAsync();

        var deadLetter = await WaitForDeadLetterAsync(changed.EventId);
        Assert.Equal(MaxAttempts, deadLetter.GetProperty("attempts").GetInt32());

        await fixture.Management.DeleteQueueAsync("full-queue");
        var redrive = await Host.Client(Roles.Ops).PostAsync($"{Admin}/dead-letters/redrive-all", null);

        Assert.Equal(HttpStatusCode.OK, redrive.StatusCode);
        Assert.True((await redrive.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("redriven").GetInt32() >= 1);
        Assert.True(await Eventually.TrueAsync(async () => (await Host.FindOutboxRowAsync(changed.EventId))!.DispatchedAt is not null));
        Assert.True(await Eventually.TrueAsync(async () =>
            await Host.CountAsync(q => q.Where(r => r.Kind == "applied" && r.SubjectId == changed.WidgetId)) == 1));
    }

    [Fact]
    public async Task Redriving_a_message_that_is_not_dead_lettered_is_a_404_problem()
    {
        var response = await Host.Client(Roles.Ops).PostAsync($"{Admin}/dead-letters/{Guid.NewGuid()}/redrive", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_outbox_admin_endpoints_are_for_ops_only()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.Client().GetAsync(Admin)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Host.Client(Roles.Analyst).GetAsync(Admin)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Host.Client(Roles.Analyst).PostAsync($"{Admin}/dead-letters/redrive-all", null)).StatusCode);
    }

    private async Task<JsonElement> WaitForDeadLetterAsync(Guid id)
    {
        JsonElement? found = null;
        Assert.True(await Eventually.TrueAsync(async () =>
        {
            var status = await Host.Client(Roles.Ops).GetFromJsonAsync<JsonElement>(Admin);
            found = status.GetProperty("deadLetters").EnumerateArray()
                .Cast<JsonElement?>()
                .FirstOrDefault(m => m!.Value.GetProperty("id").GetGuid() == id);
            return found is not null;
        }));
        return found!.Value;
    }

    private async Task<List<Guid>> DeadLetterIdsAsync()
    {
        var status = await Host.Client(Roles.Ops).GetFromJsonAsync<JsonElement>(Admin);
        return status.GetProperty("deadLetters").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ToList();
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
                    options.Outbox.MaxAttempts = MaxAttempts;
                    options.Outbox.InitialBackoff = TimeSpan.FromMilliseconds(10);
                    options.Outbox.PollInterval = TimeSpan.FromMilliseconds(100);
                    options.Outbox.StatisticsInterval = TimeSpan.FromMilliseconds(100);
                });
        }
    }
}
