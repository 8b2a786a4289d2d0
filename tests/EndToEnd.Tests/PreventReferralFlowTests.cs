using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EndToEnd.Tests.Infrastructure;
using Platform.Contracts;
using Platform.Testing;
using RabbitMQ.Client;
using static EndToEnd.Tests.Infrastructure.PreventRequests;

namespace EndToEnd.Tests;

/// <summary>
/// Partner systems refer through both doors (HTTP through the gateway with an Idempotency-Key; raw JSON on the AMQP
/// queue), and <c>PreventReferralReceived</c> leaves Prevent through its outbox to the broker, with no personal data.
/// </summary>
public class PreventReferralFlowTests(PlatformUnderTest platform) : IClassFixture<PlatformUnderTest>
{
    private const string ReceivedExchange = "prevent.referral-received.v1";
    private const string SchoolsSystem = "norfolk-schools-mis";

    [Fact]
    public async Task A_partner_system_refers_through_the_gateway_once_however_often_it_retries_and_reads_only_its_own_status()
    {
        await using var events = await EventTap.OpenAsync(platform.Broker, ReceivedExchange);
        var partner = platform.ThroughGateway(SchoolsSystem, Roles.PartnerSystem);
        var key = Guid.NewGuid().ToString();

        var created = await SubmitReferralAsync(partner, Referral("Jordan Gateway", Districts.Norwich), key);
        var retried = await SubmitReferralAsync(partner, Referral("Jordan Gateway", Districts.Norwich), key);
        var reused = await SubmitReferralAsync(partner, Referral("Someone Else", Districts.Norwich), key);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, reused.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(id, (await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        Assert.Equal($"/api/prevent/referrals/{id}/status", created.Headers.Location?.OriginalString);

        var status = await partner.GetAsync($"/api/prevent/referrals/{id}/status");
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Equal("received", (await status.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var otherPartner = platform.ThroughGateway("norfolk-health-ehr", Roles.PartnerSystem);
        Assert.Equal(HttpStatusCode.NotFound, (await otherPartner.GetAsync($"/api/prevent/referrals/{id}/status")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/api/prevent/referrals/{id}")).StatusCode);
        using var anonymous = platform.Anonymously();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/prevent/referrals/{id}/status")).StatusCode);

        var published = await events.WaitForAsync(body => body.Contains(id.ToString(), StringComparison.Ordinal));
        Assert.Equal(1, events.Count(body => body.Contains(id.ToString(), StringComparison.Ordinal)));
        AssertPseudonymous(published, "Jordan");
    }

    [Fact]
    public async Task A_partner_system_cannot_refer_for_another_agency_through_the_gateway()
    {
        var partner = platform.ThroughGateway(SchoolsSystem, Roles.PartnerSystem);
        var key = Guid.NewGuid().ToString();

        var forAnother = await SubmitReferralAsync(
            partner, Referral("Casey Otheragency", Districts.Norwich, referrerAgency: Agencies.NorwichCityCouncil), key);
        var asItself = await SubmitReferralAsync(partner, Referral("Casey Otheragency", Districts.Norwich, referrerAgency: SchoolsSystem), key);

        var problem = await forAnother.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("partner-refers-for-own-agency", problem.GetProperty("rule").GetString());
        Assert.Equal("referrerAgency", problem.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.Created, asItself.StatusCode); // the refused attempt used up nothing, not even its key
    }

    [Fact]
    public async Task A_raw_json_referral_on_the_amqp_queue_becomes_a_case_the_owning_council_reads_through_the_gateway()
    {
        await using var events = await EventTap.OpenAsync(platform.Broker, ReceivedExchange);
        var reference = $"EHR-{Guid.NewGuid():N}";
        var message = Referral("Robin Rabbit", Districts.Norwich);
        message["partnerAgency"] = "norfolk-health-ehr";
        message["referralReference"] = reference;

        // As the partner's own RabbitMQ user (decision 0024): it may only publish to the intake exchange, with user_id.
        var asPartner = await (await TestServers.SharedAsync()).CreateUserAsync(
            platform.Broker, "norfolk-health-ehr", BrokerPermissions.Partner("norfolk-health-ehr"));
        await using (var connection = await new ConnectionFactory { Uri = asPartner }.CreateConnectionAsync())
        {
            Assert.True(await Eventually.TrueAsync(async () =>
            {
                try
                {
                    await using var probe = await connection.CreateChannelAsync();
                    await probe.ExchangeDeclarePassiveAsync("prevent.partner-referrals");
                    return true;
                }
                catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
                {
                    return false;
                }
            }));
            await using var channel = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
            var body = Encoding.UTF8.GetBytes(message.ToJsonString());
            var properties = new BasicProperties { Persistent = true, ContentType = "application/json", UserId = "norfolk-health-ehr" };
            await channel.BasicPublishAsync("prevent.partner-referrals", "", mandatory: true, properties, body);
            await channel.BasicPublishAsync("prevent.partner-referrals", "", mandatory: true, properties, body); // a resend
        }

        var published = await events.WaitForAsync(_ => true);
        var id = JsonDocument.Parse(published).RootElement.GetProperty("message").GetProperty("referralId").GetGuid();
        AssertPseudonymous(published, "Robin");

        var lead = platform.ThroughGateway(Agencies.NorwichCityCouncil, Roles.PreventLead);
        var detail = await lead.GetFromJsonAsync<JsonElement>($"/api/prevent/referrals/{id}");
        Assert.Equal("Robin Rabbit", detail.GetProperty("person").GetProperty("name").GetString());
        var partner = platform.ThroughGateway("norfolk-health-ehr", Roles.PartnerSystem);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync($"/api/prevent/referrals/{id}/status")).StatusCode);
        Assert.Equal(1, await events.CountAfterAsync(TimeSpan.FromSeconds(1), _ => true)); // were the resend not recognised
    }

    private static void AssertPseudonymous(string published, string firstName)
    {
        var message = JsonDocument.Parse(published).RootElement.GetProperty("message");
        Assert.Equal("education", message.GetProperty("sector").GetString());
        Assert.Equal("15-17", message.GetProperty("ageBand").GetString());
        Assert.Equal(Districts.Norwich, message.GetProperty("district").GetString());
        Assert.DoesNotContain(firstName, published, StringComparison.Ordinal);
        Assert.DoesNotContain("2009-03-01", published, StringComparison.Ordinal);
        Assert.DoesNotContain("extremist", published, StringComparison.Ordinal);
    }
}
