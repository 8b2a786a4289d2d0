using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.Testing;
using Platform.ServiceDefaults.Http;
using Prevent.Api.Domain;
using Prevent.Api.Referrals.ListRejectedReferrals;
using Prevent.Api.Referrals.PurgeRejectedReferrals;
using Prevent.Api.Referrals.SubmitReferral;
using Prevent.Tests.Infrastructure;
using RabbitMQ.Client;
using static Prevent.Tests.Infrastructure.PreventRequests;

namespace Prevent.Tests.Referrals;

/// <summary>The AMQP door as a foreign system uses it: plain RabbitMQ.Client, raw JSON, no MassTransit envelope.</summary>
public class AmqpIntakeTests(PreventApiFactory prevent) : IClassFixture<PreventApiFactory>
{
    private const string Partner = "norfolk-health-ehr";

    private static JsonObject Message(string reference, string name = "Sam Sender")
    {
        var message = Referral(name: name);
        message["partnerAgency"] = Partner;
        message["referralReference"] = reference;
        return message;
    }

    private Task PublishAsync(string body, int copies = 1) => PublishAsync(Encoding.UTF8.GetBytes(body), copies);

    private async Task PublishAsync(byte[] body, int copies = 1, string? userId = Partner)
    {
        await using var connection = await PartnerConnectionAsync(Partner);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        for (var copy = 0; copy < copies; copy++)
        {
            await channel.BasicPublishAsync(
                AmqpReferralListener.ExchangeName, "", mandatory: true,
                new BasicProperties { Persistent = true, ContentType = "application/json", UserId = userId }, body);
        }
    }

    /// <summary>A connection as the partner's own RabbitMQ user, who may only publish to the intake exchange; once the service has declared it.</summary>
    private async Task<IConnection> PartnerConnectionAsync(string partner)
    {
        _ = prevent.Server; // the listener starts with the host and declares the exchange
        var uri = await prevent.BrokerUserAsync(partner, PartnerPermissions);
        var connection = await new ConnectionFactory { Uri = uri }.CreateConnectionAsync();
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
        return connection;
    }

    /// <summary>What ./platform up gives a partner system: write to the intake exchange, nothing else.</summary>
    private static readonly BrokerPermissions PartnerPermissions = new("^$", "^prevent\\.partner-referrals$", "^$");

    private async Task<uint> QueuedAsync()
    {
        await using var connection = await new ConnectionFactory { Uri = prevent.BrokerUri }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        return await channel.MessageCountAsync(AmqpReferralListener.QueueName);
    }

    private async Task<int> ReferralsWithAsync(string reference)
    {
        await using var db = prevent.NewDbContext();
        return await db.Referrals.CountAsync(r => r.SubmittedByAgency == Partner && r.IntakeKey == $"amqp:{reference}");
    }

    private async Task<List<RejectedReferral>> RejectionsOfAsync(string reference)
    {
        await using var db = prevent.NewDbContext();
        return await db.RejectedReferrals.Where(r => r.ReferralReference == reference).ToListAsync();
    }

    [Fact]
    public async Task A_raw_json_referral_becomes_a_referral_once_however_often_it_is_resent()
    {
        var reference = $"EHR-{Guid.NewGuid():N}";

        await PublishAsync(Message(reference).ToJsonString());
        await PublishAsync(Message(reference).ToJsonString());
        await PublishAsync(Message(reference).ToJsonString());

        Assert.True(await Eventually.TrueAsync(async () => await ReferralsWithAsync(reference) == 1));
        await using var db = prevent.NewDbContext();
        var referral = await db.Referrals.SingleAsync(r => r.IntakeKey == $"amqp:{reference}");
        Assert.Single(await db.EventsAboutAsync(referral.Id));
        Assert.Empty(await RejectionsOfAsync(reference));
    }

    [Fact]
    public async Task Duplicates_handled_at_the_same_time_make_one_referral_and_one_event_and_no_rejection()
    {
        var references = Enumerable.Range(0, 5).Select(_ => $"EHR-{Guid.NewGuid():N}").ToList();

        // Each reference's copies arrive back to back and are handled concurrently (ConcurrentMessages at once).
        foreach (var reference in references)
        {
            await PublishAsync(Message(reference).ToJsonString(), copies: AmqpReferralListener.ConcurrentMessages);
        }

        Assert.True(await Eventually.TrueAsync(async () => (await Task.WhenAll(references.Select(ReferralsWithAsync))).All(count => count == 1)));
        Assert.True(await Eventually.TrueAsync(async () => await QueuedAsync() == 0));
        await Task.Delay(TimeSpan.FromSeconds(1)); // the last copies taken from the queue finish being handled
        await using var db = prevent.NewDbContext();
        foreach (var reference in references)
        {
            var referral = await db.Referrals.SingleAsync(r => r.IntakeKey == $"amqp:{reference}");
            Assert.Single(await db.EventsAboutAsync(referral.Id));
            Assert.Empty(await RejectionsOfAsync(reference));
        }

        Assert.All(await Task.WhenAll(references.Select(ReferralsWithAsync)), count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task Invalid_messages_are_kept_with_the_reason_and_shown_to_the_prevent_lead()
    {
        var badDistrict = $"EHR-{Guid.NewGuid():N}";
        var badSector = $"EHR-{Guid.NewGuid():N}";
        var district = Message(badDistrict);
        district["district"] = "ipswich";
        var sector = Message(badSector);
        sector["sector"] = "church";

        await PublishAsync(district.ToJsonString());
        await PublishAsync(sector.ToJsonString());
        await PublishAsync("this is not json {");

        Assert.True(await Eventually.TrueAsync(async () => (await RejectionsOfAsync(badDistrict)).Count == 1 && (await RejectionsOfAsync(badSector)).Count == 1));
        Assert.Contains("district", (await RejectionsOfAsync(badDistrict))[0].Reason, StringComparison.Ordinal);
        Assert.Contains("sector", (await RejectionsOfAsync(badSector))[0].Reason, StringComparison.Ordinal);
        await using var db = prevent.NewDbContext();
        Assert.True(await Eventually.TrueAsync(() => db.RejectedReferrals.AnyAsync(r => r.Body == "this is not json {")));
        var notJson = await db.RejectedReferrals.FirstAsync(r => r.Body == "this is not json {");
        Assert.StartsWith("Not a referral message: not valid JSON (line 1, byte ", notJson.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Prevent.Api", (await RejectionsOfAsync(badSector))[0].Reason, StringComparison.Ordinal);
        Assert.Equal(0, await ReferralsWithAsync(badDistrict));

        var listed = await RejectedListAsync();
        var forbidden = await prevent.PanelMember().GetAsync("/api/prevent/rejected-referrals");
        Assert.Contains(listed, r => r.ReferralReference == badDistrict && r.PartnerAgency == Partner);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task A_resend_with_a_different_body_under_the_same_reference_is_rejected_not_merged()
    {
        var reference = $"EHR-{Guid.NewGuid():N}";
        await PublishAsync(Message(reference).ToJsonString());
        Assert.True(await Eventually.TrueAsync(async () => await ReferralsWithAsync(reference) == 1));

        await PublishAsync(Message(reference, name: "Different Person").ToJsonString());

        Assert.True(await Eventually.TrueAsync(async () => (await RejectionsOfAsync(reference)).Count == 1));
        Assert.Equal(1, await ReferralsWithAsync(reference));
    }

    [Fact]
    public async Task A_partner_that_names_another_referrer_agency_is_rejected_and_one_that_names_none_refers_as_itself()
    {
        var forAnother = $"EHR-{Guid.NewGuid():N}";
        var asItself = $"EHR-{Guid.NewGuid():N}";
        var message = Message(forAnother);
        message["referrerAgency"] = Agencies.Constabulary;

        await PublishAsync(message.ToJsonString());
        await PublishAsync(Message(asItself).ToJsonString());

        Assert.True(await Eventually.TrueAsync(async () => (await RejectionsOfAsync(forAnother)).Count == 1));
        Assert.StartsWith("/referrerAgency: A partner system refers for its own agency (norfolk-health-ehr) only", (await RejectionsOfAsync(forAnother))[0].Reason, StringComparison.Ordinal);
        Assert.Equal(0, await ReferralsWithAsync(forAnother));
        Assert.True(await Eventually.TrueAsync(async () => await ReferralsWithAsync(asItself) == 1));
        await using var db = prevent.NewDbContext();
        var key = Submission.PartnerReferencePrefix + asItself;
        Assert.Equal(Partner, await db.Referrals.Where(r => r.IntakeKey == key).Select(r => r.ReferrerAgency).SingleAsync());
    }

    [Fact]
    public async Task A_rejection_leaves_the_leads_list_once_the_partner_resends_it_corrected_and_its_body_is_then_deleted()
    {
        var reference = $"EHR-{Guid.NewGuid():N}";
        var wrong = Message(reference);
        wrong["district"] = "ipswich";
        await PublishAsync(wrong.ToJsonString());
        Assert.True(await Eventually.TrueAsync(async () => (await RejectionsOfAsync(reference)).Count == 1));
        Assert.Contains(await RejectedListAsync(), r => r.ReferralReference == reference);

        await PublishAsync(Message(reference).ToJsonString());

        Assert.True(await Eventually.TrueAsync(async () => await ReferralsWithAsync(reference) == 1));
        Assert.DoesNotContain(await RejectedListAsync(), r => r.ReferralReference == reference);
        await PurgeAsync();
        Assert.Empty(await RejectionsOfAsync(reference));
    }

    [Fact]
    public async Task A_reference_refused_as_already_used_stays_listed_until_its_retention_ends()
    {
        var reference = $"EHR-{Guid.NewGuid():N}";
        await PublishAsync(Message(reference).ToJsonString());
        Assert.True(await Eventually.TrueAsync(async () => await ReferralsWithAsync(reference) == 1));
        var started = prevent.Clock.Now;
        try
        {
            prevent.Clock.Now = started.AddMinutes(5);
            await PublishAsync(Message(reference, name: "Different Person").ToJsonString());
            Assert.True(await Eventually.TrueAsync(async () => (await RejectionsOfAsync(reference)).Count == 1));

            prevent.Clock.Now = started.AddDays(90);
            await PurgeAsync();
            Assert.Contains(await RejectedListAsync(), r => r.ReferralReference == reference);

            prevent.Clock.Now = started.AddDays(90).AddMinutes(6);
            await PurgeAsync();
            Assert.Empty(await RejectionsOfAsync(reference));
        }
        finally
        {
            prevent.Clock.Now = started;
        }
    }

    [Fact]
    public async Task A_lead_who_settled_a_rejection_another_way_dismisses_it_and_the_dismissal_is_audited()
    {
        var reference = $"EHR-{Guid.NewGuid():N}";
        var wrong = Message(reference, name: "Dana Dismissed");
        wrong["sector"] = "church";
        await PublishAsync(wrong.ToJsonString());
        Assert.True(await Eventually.TrueAsync(async () => (await RejectionsOfAsync(reference)).Count == 1));
        var rejected = Assert.Single(await RejectedListAsync(), r => r.ReferralReference == reference);

        var byPanelMember = await prevent.PanelMember().DeleteAsync($"/api/prevent/rejected-referrals/{rejected.Id}");
        var otherCouncilsList = await prevent.PreventLead(Agencies.BrecklandCouncil)
            .GetFromJsonAsync<List<RejectedReferralResponse>>("/api/prevent/rejected-referrals", TestJson.Options);
        var byOtherCouncilsLead = await prevent.PreventLead(Agencies.BrecklandCouncil).DeleteAsync($"/api/prevent/rejected-referrals/{rejected.Id}");
        var byLead = await prevent.PreventLead().DeleteAsync($"/api/prevent/rejected-referrals/{rejected.Id}");
        var again = await prevent.PreventLead().DeleteAsync($"/api/prevent/rejected-referrals/{rejected.Id}");

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, byPanelMember.StatusCode);
        // The partner refers for Norwich only: Breckland's lead neither sees nor removes its rejected messages.
        Assert.DoesNotContain(otherCouncilsList!, r => r.Id == rejected.Id);
        Assert.Equal("rejected-referral-not-found", (await byOtherCouncilsLead.ReadProblemAsync(System.Net.HttpStatusCode.NotFound)).GetProperty("rule").GetString());
        Assert.Equal(System.Net.HttpStatusCode.NoContent, byLead.StatusCode);
        Assert.Equal("rejected-referral-not-found", (await again.ReadProblemAsync(System.Net.HttpStatusCode.NotFound)).GetProperty("rule").GetString());
        Assert.Empty(await RejectionsOfAsync(reference));
        await using var db = prevent.NewDbContext();
        var audit = await db.Set<AuditEntry>().SingleAsync(e => e.SubjectId == rejected.Id.ToString());
        Assert.Equal(("rejected-referral-dismissed", Agencies.NorwichCityCouncil), (audit.Action, audit.Agency));
        Assert.Contains(reference, audit.Before, StringComparison.Ordinal);
        Assert.DoesNotContain("Dana Dismissed", audit.Before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_utf8_and_holds_nul_bytes_is_kept_escaped_once_and_does_not_block_the_queue()
    {
        var reference = $"EHR-{Guid.NewGuid():N}";

        await PublishAsync([0xFF, 0xFE, 0x00, 0x01, 0x02]);
        await PublishAsync(Message(reference).ToJsonString());

        Assert.True(await Eventually.TrueAsync(async () => await ReferralsWithAsync(reference) == 1));
        Assert.True(await Eventually.TrueAsync(async () => await QueuedAsync() == 0));
        await Task.Delay(TimeSpan.FromSeconds(1)); // a looping message would be stored or logged again meanwhile
        await using var db = prevent.NewDbContext();
        var rejected = await db.RejectedReferrals.Where(r => r.Body.StartsWith("\\xFF\\xFE\\u0000")).ToListAsync();
        var only = Assert.Single(rejected);
        Assert.Contains("UTF-8", only.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nul_character_inside_valid_json_is_rejected_naming_the_field_and_stored_without_it()
    {
        var reference = $"EHR-{Guid.NewGuid():N}";

        await PublishAsync(Message(reference, name: "Nul\u0000Name").ToJsonString());

        Assert.True(await Eventually.TrueAsync(async () => (await RejectionsOfAsync(reference)).Count == 1));
        var rejected = (await RejectionsOfAsync(reference))[0];
        Assert.Contains("/person/name", rejected.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', rejected.Body);
        Assert.Equal(0, await ReferralsWithAsync(reference));
    }

    [Fact]
    public async Task A_message_with_only_its_sender_and_reference_is_rejected_naming_the_missing_fields()
    {
        var reference = $"EHR-{Guid.NewGuid():N}";

        await PublishAsync(new JsonObject { ["partnerAgency"] = Partner, ["referralReference"] = reference }.ToJsonString());

        Assert.True(await Eventually.TrueAsync(async () => (await RejectionsOfAsync(reference)).Count == 1));
        var reason = (await RejectionsOfAsync(reference))[0].Reason;
        Assert.DoesNotContain("not valid JSON", reason, StringComparison.Ordinal);
        foreach (var missing in new[] { "sector", "person", "district", "concerns", "ideology" })
        {
            Assert.Contains(missing, reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_body_over_the_size_cap_is_rejected_without_being_read_and_stored_cut_short()
    {
        var reference = $"EHR-{Guid.NewGuid():N}";
        var huge = Message(reference);
        huge["concerns"] = new string('x', 300 * 1024);

        await PublishAsync(huge.ToJsonString());

        Assert.True(await Eventually.TrueAsync(async () => (await RejectionsOfAsync(reference)).Count == 1));
        var rejected = (await RejectionsOfAsync(reference))[0];
        Assert.Contains("larger than", rejected.Reason, StringComparison.Ordinal);
        Assert.True(rejected.Body.Length <= PartnerMessageBody.KeptCharacters + 100, $"stored {rejected.Body.Length} characters");
        Assert.EndsWith($"bytes received]", rejected.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_cannot_publish_in_another_partners_name()
    {
        var reference = $"EHR-{Guid.NewGuid():N}";
        await using var connection = await PartnerConnectionAsync(Partner);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));

        // RabbitMQ refuses a user_id other than the connection's user, so the claim never reaches the service.
        await Assert.ThrowsAnyAsync<Exception>(async () => await channel.BasicPublishAsync(
            AmqpReferralListener.ExchangeName, "", mandatory: true,
            new BasicProperties { Persistent = true, UserId = PreventApiFactory.PartnerAgency }, Encoding.UTF8.GetBytes(Message(reference).ToJsonString())));

        // A body naming another partner, published as itself, is rejected: the broker's word is the one taken.
        var claimsOther = Message(reference);
        claimsOther["partnerAgency"] = PreventApiFactory.PartnerAgency;
        await PublishAsync(claimsOther.ToJsonString());
        Assert.True(await Eventually.TrueAsync(async () => (await RejectionsOfAsync(reference)).Count == 1));
        Assert.Contains("/partnerAgency", (await RejectionsOfAsync(reference))[0].Reason, StringComparison.Ordinal);
        Assert.Equal(Partner, (await RejectionsOfAsync(reference))[0].PartnerAgency);
        await using var db = prevent.NewDbContext();
        Assert.False(await db.Referrals.AnyAsync(r => r.IntakeKey == $"amqp:{reference}"));
    }

    [Fact]
    public async Task A_message_without_user_id_is_rejected_saying_how_to_publish()
    {
        var reference = $"EHR-{Guid.NewGuid():N}";

        await PublishAsync(Encoding.UTF8.GetBytes(Message(reference).ToJsonString()), userId: null);

        Assert.True(await Eventually.TrueAsync(async () => (await RejectionsOfAsync(reference)).Count == 1));
        Assert.Contains("user_id", (await RejectionsOfAsync(reference))[0].Reason, StringComparison.Ordinal);
        Assert.Equal(0, await ReferralsWithAsync(reference));
    }

    [Theory]
    [InlineData("", AmqpReferralListener.QueueName)] // the default exchange reaches every queue of the virtual host
    [InlineData("prevent.referral-received.v1", "")]
    [InlineData("amq.topic", "anything")]
    public async Task A_partner_can_publish_to_the_intake_exchange_only(string exchange, string routingKey)
    {
        await using var connection = await PartnerConnectionAsync(Partner);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));

        var refused = await Assert.ThrowsAnyAsync<Exception>(async () => await channel.BasicPublishAsync(
            exchange, routingKey, mandatory: false, new BasicProperties { Persistent = true, UserId = Partner }, Encoding.UTF8.GetBytes("{}")));

        Assert.Contains("ACCESS_REFUSED", refused.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("prevent.referral-received.v1", false)] // another service's event
    [InlineData("prevent.partner-referrals", false)] // the intake: partners only
    [InlineData("plans.priority-adopted.v1", true)] // its own event
    public async Task A_services_user_publishes_to_its_own_exchanges_only(string exchange, bool allowed)
    {
        _ = prevent.Server;
        await using (var admin = await new ConnectionFactory { Uri = prevent.BrokerUri }.CreateConnectionAsync())
        await using (var declaring = await admin.CreateChannelAsync())
        {
            await declaring.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
        }

        await using var connection = await new ConnectionFactory { Uri = await prevent.BrokerUserAsync("plans", BrokerPermissions.Service("plans")) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var publish = async () => await channel.BasicPublishAsync(exchange, "", mandatory: false, new BasicProperties { Persistent = true }, Encoding.UTF8.GetBytes("{}"));

        if (allowed)
        {
            await publish();
        }
        else
        {
            Assert.Contains("ACCESS_REFUSED", (await Assert.ThrowsAnyAsync<Exception>(publish)).ToString(), StringComparison.Ordinal);
        }
    }

    private async Task<List<RejectedReferralResponse>> RejectedListAsync() =>
        (await prevent.PreventLead().GetFromJsonAsync<List<RejectedReferralResponse>>("/api/prevent/rejected-referrals", TestJson.Options))!;

    /// <summary>The pass the service runs hourly, run now.</summary>
    private Task<int> PurgeAsync() => prevent.Services.GetRequiredService<RejectedReferralPurge>().PurgeAsync(CancellationToken.None);

    [Fact]
    public void The_published_json_schema_lists_the_values_the_service_accepts()
    {
        var path = Path.Combine(RepositoryRoot.FullPath, "contracts", "Prevent.Contracts", "partner-referral.schema.json");
        var properties = JsonNode.Parse(File.ReadAllText(path))!["properties"]!;

        static List<string> Values(JsonNode? node) => [.. node!.AsArray().Where(v => v is not null).Select(v => v!.GetValue<string>())];

        Assert.Equal(EnumNames.Names(typeof(Sector)), Values(properties["sector"]!["enum"]));
        Assert.Equal(EnumNames.Names(typeof(IdeologyCategory)), Values(properties["ideology"]!["enum"]));
        Assert.Equal(EnumNames.Names(typeof(RiskIndicator)), Values(properties["riskFlags"]!["items"]!["enum"]));
        Assert.Equal(AgeBands.All, Values(properties["person"]!["properties"]!["ageBand"]!["enum"]));
        Assert.Equal(Districts.All, Values(properties["district"]!["enum"]));
        Assert.Equal(
            typeof(PartnerReferralMessage).GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order(),
            properties.AsObject().Select(p => p.Key).Order());
    }
}
