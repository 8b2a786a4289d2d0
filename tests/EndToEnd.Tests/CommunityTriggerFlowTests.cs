using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using EndToEnd.Tests.Infrastructure;
using Platform.Contracts;

namespace EndToEnd.Tests;

/// <summary>A resident applies without an account; the district's single point of contact decides; the resident checks.</summary>
public class CommunityTriggerFlowTests(PlatformUnderTest platform) : IClassFixture<PlatformUnderTest>
{
    [Fact]
    public async Task A_resident_applies_and_checks_status_anonymously_while_the_district_spoc_decides_through_the_gateway()
    {
        var resident = platform.Anonymously();
        var applied = await resident.PostAsJsonAsync("/api/community-trigger/applications", Application("norwich"));
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        var reference = (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;

        Assert.Equal("received", await StatusAsync(resident, reference));

        var spoc = platform.AsStaff(Agencies.NorwichCityCouncil, Roles.TriggerSpoc, Districts.Norwich);
        var pending = await spoc.GetFromJsonAsync<JsonElement>("/api/community-trigger/cases/pending-decisions");
        var caseId = pending.EnumerateArray().Single().GetProperty("case").GetProperty("id").GetGuid();
        var decided = await spoc.PostAsJsonAsync($"/api/community-trigger/cases/{caseId}/threshold-decision", new { });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);

        Assert.Equal("threshold-met", await StatusAsync(resident, reference));
        var otherDistrict = platform.AsStaff(Agencies.BrecklandCouncil, Roles.TriggerSpoc, Districts.Breckland);
        Assert.Equal(HttpStatusCode.NotFound, (await otherDistrict.GetAsync($"/api/community-trigger/cases/{caseId}")).StatusCode);
    }

    [Fact]
    public async Task Staff_routes_need_a_token_at_the_gateway_but_the_yearly_publication_is_public()
    {
        var resident = platform.Anonymously();

        var cases = await resident.GetAsync("/api/community-trigger/cases/pending-decisions");
        var publication = await resident.GetAsync($"/api/community-trigger/publication/{DateTime.UtcNow.Year}");

        Assert.Equal(HttpStatusCode.Unauthorized, cases.StatusCode);
        Assert.Equal(HttpStatusCode.OK, publication.StatusCode);
    }

    [Fact]
    public async Task A_wrong_reference_reveals_nothing()
    {
        var response = await platform.Anonymously().PostAsJsonAsync("/api/community-trigger/status", new { reference = "not-a-real-reference-0000000000000000" });

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"got {(int)response.StatusCode}");
        Assert.DoesNotContain("norwich", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string?> StatusAsync(HttpClient resident, string reference)
    {
        var response = await resident.PostAsJsonAsync("/api/community-trigger/status", new { reference });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString();
    }

    /// <summary>Three separate incidents in the last two months, each reported to the police the next day.</summary>
    private static JsonObject Application(string district)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return new JsonObject
        {
            ["district"] = district,
            ["applicant"] = new JsonObject
            {
                ["name"] = "Sam Resident",
                ["email"] = "sam@example.org",
                ["capacity"] = "victim",
                ["consentRecorded"] = false,
            },
            ["problemSummary"] = "Repeated intimidation and noise from a neighbouring property.",
            ["incidents"] = new JsonArray([.. new[] { 50, 30, 10 }.Select(daysAgo => Incident(today.AddDays(-daysAgo)))]),
            ["peopleAffected"] = new JsonArray(),
        };
    }

    private static JsonObject Incident(DateOnly occurredOn) => new()
    {
        ["occurredOn"] = occurredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["description"] = "Shouting and threats on the shared stairway late at night.",
        ["hateMotivated"] = false,
        ["reports"] = new JsonArray(new JsonObject
        {
            ["agency"] = Agencies.Constabulary,
            ["reportedOn"] = occurredOn.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }),
    };
}
