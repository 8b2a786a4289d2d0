using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Messaging;
using Platform.Testing;
using Prevent.Api.Referrals.SubmitReferral;
using Prevent.Tests.Infrastructure;
using RabbitMQ.Client;
using static Prevent.Tests.Infrastructure.PreventRequests;

namespace Prevent.Tests.Referrals;

/// <summary>
/// A partner message the service fails on for a reason other than an outage is parked after a few tries with the
/// reason, counted, and handed back to the door or deleted by an operator; the queue keeps flowing meanwhile.
/// </summary>
public sealed class ParkingTests(PreventApiFactory prevent) : IClassFixture<PreventApiFactory>, IDisposable
{
    private const string Partner = "norfolk-health-ehr";

    private readonly MeterListener meters = new();
    private int parkedCount;

    private static readonly BrokerPermissions PartnerPermissions = new("^$", "^prevent\\.partner-referrals$", "^$");

    public void Dispose() => meters.Dispose();

    /// <summary>Referrals whose reference starts with POISON fail in the database, as a bug in the service would.</summary>
    private async Task PoisonAsync(bool on)
    {
        _ = prevent.Server; // its migrations create the table
        await using var db = prevent.NewDbContext();
        await db.Database.ExecuteSqlRawAsync(on
            ? """
              CREATE OR REPLACE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
              BEGIN
                  IF NEW.intake_key LIKE 'amqp:POISON-%' THEN RAISE EXCEPTION 'poisoned for the test'; END IF;
                  RETURN NEW;
              END $$;
              DROP TRIGGER IF EXISTS refuse_poison ON referrals;
              CREATE TRIGGER refuse_poison BEFORE INSERT ON referrals FOR EACH ROW EXECUTE FUNCTION refuse_poison();
              """
            : "DROP TRIGGER IF EXISTS refuse_poison ON referrals");
    }

    private async Task PublishAsync(JsonObject message)
    {
        _ = prevent.Server;
        var uri = await prevent.BrokerUserAsync(Partner, PartnerPermissions);
        await using var connection = await new ConnectionFactory { Uri = uri }.CreateConnectionAsync();
        Assert.True(await Eventually.TrueAsync(async () =>
        {
            try
            {
                await using var probe = await connection.CreateChannelAsync();
                await probe.ExchangeDeclarePassiveAsync(AmqpReferralListener.ExchangeName);
                return true;
            }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
            {
                return false;
            }
        }));
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        await channel.BasicPublishAsync(AmqpReferralListener.ExchangeName, "", mandatory: true,
            new BasicProperties { Persistent = true, UserId = Partner }, Encoding.UTF8.GetBytes(message.ToJsonString()));
    }

    private static JsonObject Message(string reference)
    {
        var message = Referral();
        message["partnerAgency"] = Partner;
        message["referralReference"] = reference;
        return message;
    }

    private static async Task<List<ParkedReferralResponse>> ParkedAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<ParkedReferralResponse>>("/api/prevent/admin/parked-referrals", TestJson.Options))!;

    private async Task<int> ReferralsWithAsync(string reference)
    {
        await using var db = prevent.NewDbContext();
        return await db.Referrals.CountAsync(r => r.IntakeKey == $"amqp:{reference}");
    }

    private void CountParkings()
    {
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ParkedMessages.MeterName && instrument.Name == "messaging.parked")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag is { Key: "messaging.destination.name", Value: AmqpReferralListener.QueueName })
                {
                    Interlocked.Add(ref parkedCount, (int)value);
                }
            }
        });
        meters.Start();
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_parked_once_with_its_reason_and_re_driven_once_fixed()
    {
        CountParkings();
        await PoisonAsync(on: true);
        var poisoned = $"POISON-{Guid.NewGuid():N}";
        var healthy = $"EHR-{Guid.NewGuid():N}";

        await PublishAsync(Message(poisoned));
        await PublishAsync(Message(healthy));

        Assert.True(await Eventually.TrueAsync(async () => await ReferralsWithAsync(healthy) == 1));
        var ops = prevent.As(Agencies.Opcc, Roles.Ops);
        Assert.True(await Eventually.TrueAsync(async () => (await ParkedAsync(ops)).Count == 1));
        var parked = Assert.Single(await ParkedAsync(ops));
        Assert.Contains("after 3 tries", parked.Reason, StringComparison.Ordinal);
        Assert.Equal((AmqpReferralListener.QueueName, Partner), (parked.FromQueue, parked.PartnerAgency));
        Assert.Null(parked.Body); // operations staff may not read personal data
        var asLead = Assert.Single(await ParkedAsync(prevent.PreventLead()));
        Assert.Contains(poisoned, asLead.Body, StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(1, Volatile.Read(ref parkedCount));

        var stillFailing = await ops.PostAsync($"/api/prevent/admin/parked-referrals/{parked.Id}/redrive", null);
        Assert.Equal("parked-referral-still-failing", (await stillFailing.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        Assert.Single(await ParkedAsync(ops));

        await PoisonAsync(on: false);
        var redriven = await ops.PostAsync($"/api/prevent/admin/parked-referrals/{parked.Id}/redrive", null);

        Assert.Equal(HttpStatusCode.NoContent, redriven.StatusCode);
        Assert.Equal(1, await ReferralsWithAsync(poisoned));
        Assert.Empty(await ParkedAsync(ops));
        await using var db = prevent.NewDbContext();
        var referral = await db.Referrals.SingleAsync(r => r.IntakeKey == $"amqp:{poisoned}");
        Assert.Equal(Partner, referral.SubmittedByAgency);
        Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.Action == "parked-referral-redriven" && e.SubjectId == parked.Id));
    }

    [Fact]
    public async Task An_operator_deletes_a_parked_message_and_the_deletion_is_audited()
    {
        await PoisonAsync(on: true);
        var poisoned = $"POISON-{Guid.NewGuid():N}";
        await PublishAsync(Message(poisoned));
        var ops = prevent.As(Agencies.Opcc, Roles.Ops);
        Assert.True(await Eventually.TrueAsync(async () => (await ParkedAsync(ops)).Any(p => p.Reason.Contains("tries", StringComparison.Ordinal))));
        var parked = (await ParkedAsync(prevent.PreventLead())).Single(p => p.Body!.Contains(poisoned, StringComparison.Ordinal));
        await PoisonAsync(on: false);

        var deleted = await ops.DeleteAsync($"/api/prevent/admin/parked-referrals/{parked.Id}");
        var again = await ops.DeleteAsync($"/api/prevent/admin/parked-referrals/{parked.Id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("parked-referral-not-found", (await again.ReadProblemAsync(HttpStatusCode.NotFound)).GetProperty("rule").GetString());
        Assert.DoesNotContain(await ParkedAsync(ops), p => p.Id == parked.Id);
        Assert.Equal(0, await ReferralsWithAsync(poisoned));
        await using var db = prevent.NewDbContext();
        Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.Action == "parked-referral-deleted" && e.SubjectId == parked.Id));
    }
}
