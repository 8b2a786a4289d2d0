using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Platform.Testing;
using Prevent.Tests.Infrastructure;
using static Prevent.Tests.Infrastructure.PreventRequests;

namespace Prevent.Tests.Referrals;

/// <summary>Input PostgreSQL cannot store, or that would not fit its column, is a 400 naming the field, never a 500.</summary>
public class BadInputTests(PreventApiFactory prevent) : IClassFixture<PreventApiFactory>
{
    [Fact]
    public async Task A_nul_character_in_a_name_is_refused_naming_the_field_and_a_referral_sent_with_it_is_still_received()
    {
        var partner = prevent.PartnerSystem();
        var poisoned = Referral(name: "Nul\u0000Name");

        // Sent together, so both are likely in one group-commit batch.
        var results = await Task.WhenAll(
            partner.SubmitAsync(poisoned), partner.SubmitAsync(Referral(name: "Valid Companion")),
            partner.SubmitAsync(Referral(name: "Another Companion")));

        var problem = await results[0].ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("person.name", out _), problem.ToString());
        Assert.Equal(HttpStatusCode.Created, results[1].StatusCode);
        Assert.Equal(HttpStatusCode.Created, results[2].StatusCode);
    }

    [Theory]
    [InlineData("\"\\ud800 lone\"")]
    [InlineData("\"\\udc00\"")]
    public async Task An_unpaired_surrogate_is_refused_naming_the_field(string json)
    {
        var body = Referral().ToJsonString().Replace("\"Alex Example\"", json, StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/prevent/referrals")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var response = await prevent.PartnerSystem().SendAsync(request);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("person.name", out _), problem.ToString());
    }

    [Fact]
    public async Task A_panel_meeting_attendee_longer_than_the_record_allows_is_refused_naming_the_item()
    {
        var meeting = Meeting();
        meeting["attendees"] = new JsonArray("norfolk-constabulary", new string('a', 5000));

        var response = await prevent.PanelMember().PostAsJsonAsync("/api/prevent/panel-meetings", meeting);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("attendees", out var errors), problem.ToString());
        Assert.Contains("Item 2", errors[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nul_character_in_a_list_item_is_refused_naming_the_item()
    {
        var meeting = Meeting();
        meeting["attendees"] = new JsonArray("norfolk-constabulary", "bad\u0000attendee");

        var response = await prevent.PanelMember().PostAsJsonAsync("/api/prevent/panel-meetings", meeting);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("attendees[1]", out _), problem.ToString());
    }

    [Fact]
    public async Task A_nul_character_in_a_query_string_is_refused_naming_the_parameter()
    {
        var response = await prevent.PoliceOfficer().GetAsync("/api/prevent/triage-queue?district=nor%00wich");

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("district", out _), problem.ToString());
    }

    [Fact]
    public async Task A_referral_the_database_refuses_fails_only_its_own_request_in_a_group_commit_batch()
    {
        _ = prevent.Server;
        await using (var db = prevent.NewDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE OR REPLACE FUNCTION refuse_name() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.concerns = 'Refused by the database for this test.' THEN
                        RAISE EXCEPTION 'refused for the test' USING ERRCODE = 'check_violation';
                    END IF;
                    RETURN NEW;
                END $$;
                DROP TRIGGER IF EXISTS refuse_name ON referrals;
                CREATE TRIGGER refuse_name BEFORE INSERT ON referrals FOR EACH ROW EXECUTE FUNCTION refuse_name();
                """);
        }

        var partner = prevent.PartnerSystem();
        var refused = Referral(name: "Refused Person");
        refused["concerns"] = "Refused by the database for this test.";
        var sent = new[] { refused }.Concat(Enumerable.Range(0, 7).Select(i => Referral(name: $"Batch Companion {i}"))).ToList();

        var results = await Task.WhenAll(sent.Select(referral => partner.SubmitAsync(referral)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, results[0].StatusCode);
        Assert.All(results.Skip(1), response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
    }
}
