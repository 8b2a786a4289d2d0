using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CommunityTrigger.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CommunityTrigger.Tests.Infrastructure.TriggerRequests;

namespace CommunityTrigger.Tests.Cases;

/// <summary>Public intake is strict: every bad application is a 400 naming the field, and nothing is written.</summary>
public class ApplicationInputTests(CommunityTriggerApiFactory trigger) : IClassFixture<CommunityTriggerApiFactory>
{
    public static TheoryData<string, string> Mistakes => new()
    {
        { "an unknown district", "district" },
        { "no incidents", "incidents" },
        { "an incident in the future", "incidents[0].occurredOn" },
        { "an incident more than a year back", "incidents[0].occurredOn" },
        { "a report before its incident", "incidents[0].reports[0].reportedOn" },
        { "an oversize description", "incidents[0].description" },
        { "an oversize summary", "problemSummary" },
        { "a representative without consent", "applicant.consentRecorded" },
        { "a malformed email address", "applicant.email" },
        { "a field the form does not have", "favouriteColour" },
        { "a capacity that does not exist", "applicant.capacity" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_bad_public_application_is_a_400_naming_the_field_and_writes_nothing(string mistake, string field)
    {
        trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow;
        var before = await CountCasesAsync();

        var response = await trigger.Public().PostAsJsonAsync("/api/community-trigger/applications", Spoil(mistake));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{mistake}: errors should name '{field}': {problem}");
        Assert.Equal(before, await CountCasesAsync());
    }

    [Fact]
    public async Task An_incident_without_a_date_is_a_400_naming_the_date()
    {
        var before = await CountCasesAsync();

        var response = await trigger.Public().PostAsJsonAsync("/api/community-trigger/applications", Spoil("an incident without a date"));

        // ServiceDefaults names a missing property without its parent path (occurredOn, not incidents[0].occurredOn).
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.EndsWith("occurredOn", StringComparison.Ordinal));
        Assert.Equal(before, await CountCasesAsync());
    }

    [Fact]
    public async Task Malformed_json_is_a_400_not_a_500()
    {
        var response = await trigger.Public().PostAsync(
            "/api/community-trigger/applications", new StringContent("""{"district": "norwich", """, Encoding.UTF8, "application/json"));

        await response.ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_staff_entry_names_fields_inside_the_application()
    {
        trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow;
        var application = Application();
        application["incidents"] = new JsonArray();

        var response = await trigger.Spoc().PostAsJsonAsync(
            "/api/community-trigger/cases", new JsonObject { ["channel"] = "written", ["application"] = application });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("application.incidents", out _), problem.ToString());
    }

    [Fact]
    public async Task Staff_entries_are_written_or_phone_applications_only()
    {
        var response = await trigger.Spoc().PostAsJsonAsync(
            "/api/community-trigger/cases", new JsonObject { ["channel"] = "online", ["application"] = Application() });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("channel", out _), problem.ToString());
    }

    private static JsonObject Spoil(string mistake)
    {
        var application = Application();
        var incident = application["incidents"]![0]!.AsObject();
        switch (mistake)
        {
            case "an unknown district": application["district"] = "ipswich"; break;
            case "no incidents": application["incidents"] = new JsonArray(); break;
            case "an incident in the future": incident["occurredOn"] = "2025-07-16"; incident["reports"] = new JsonArray(); break;
            case "an incident more than a year back": incident["occurredOn"] = "2024-07-01"; incident["reports"] = new JsonArray(); break;
            case "an incident without a date": incident.Remove("occurredOn"); break;
            case "a report before its incident": incident["reports"]![0]!["reportedOn"] = "2025-04-30"; break;
            case "an oversize description": incident["description"] = new string('x', 2001); break;
            case "an oversize summary": application["problemSummary"] = new string('x', 4001); break;
            case "a representative without consent":
                application["applicant"]!["capacity"] = "representative";
                application["applicant"]!["onBehalfOf"] = "A neighbour";
                break;
            case "a malformed email address": application["applicant"]!["email"] = "not-an-email"; break;
            case "a field the form does not have": application["favouriteColour"] = "blue"; break;
            case "a capacity that does not exist": application["applicant"]!["capacity"] = "landlord"; break;
            default: throw new ArgumentOutOfRangeException(nameof(mistake));
        }

        return application;
    }

    private async Task<int> CountCasesAsync()
    {
        _ = trigger.Server;
        await using var db = trigger.NewDbContext();
        return await db.Cases.CountAsync();
    }
}
