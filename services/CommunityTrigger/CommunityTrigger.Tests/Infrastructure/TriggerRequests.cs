using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CommunityTrigger.Api.Cases;
using CommunityTrigger.Api.Cases.EnterApplication;
using CommunityTrigger.Api.Cases.SubmitApplication;

namespace CommunityTrigger.Tests.Infrastructure;

/// <summary>Application bodies as a web form or a SPOC would send them, and the calls every test makes.</summary>
internal static class TriggerRequests
{
    public const string ApplicantName = "Alexandra Testperson";

    /// <summary>Three separate incidents, each reported within a month, all before the default clock's 15 July 2025.</summary>
    public static readonly (string OccurredOn, string ReportedOn)[] ThreeQualifying =
        [("2025-05-01", "2025-05-02"), ("2025-06-01", "2025-06-03"), ("2025-07-01", "2025-07-10")];

    public static JsonObject Application(string district = "norwich", params (string OccurredOn, string ReportedOn)[] incidents) => new()
    {
        ["district"] = district,
        ["applicant"] = new JsonObject
        {
            ["name"] = ApplicantName,
            ["email"] = "alexandra@example.org",
            ["capacity"] = "victim",
            ["consentRecorded"] = false,
        },
        ["problemSummary"] = "Repeated noise, shouting and intimidation from the flat upstairs.",
        ["incidents"] = new JsonArray([.. (incidents.Length == 0 ? ThreeQualifying : incidents).Select(Incident)]),
        ["peopleAffected"] = new JsonArray(),
    };

    public static JsonObject Incident((string OccurredOn, string ReportedOn) incident) => new()
    {
        ["occurredOn"] = incident.OccurredOn,
        ["description"] = "Music and shouting until 3am; a neighbour was threatened on the stairs.",
        ["hateMotivated"] = false,
        ["reports"] = new JsonArray(new JsonObject { ["agency"] = "norfolk-constabulary", ["reportedOn"] = incident.ReportedOn }),
    };

    public static async Task<ApplicationReceipt> SubmitAsync(this HttpClient client, JsonObject application)
    {
        var response = await client.PostAsJsonAsync("/api/community-trigger/applications", application);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ApplicationReceipt>(TestJson.Options))!;
    }

    public static async Task<EnteredApplication> EnterAsync(this HttpClient client, JsonObject application, string channel = "phone")
    {
        var response = await client.PostAsJsonAsync("/api/community-trigger/cases", new JsonObject { ["channel"] = channel, ["application"] = application });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<EnteredApplication>(TestJson.Options))!;
    }

    public static async Task<CaseResponse> SucceedAsync(this HttpClient client, string path, object? body = null)
    {
        var response = await client.PostAsJsonAsync(path, body ?? new { });
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<CaseResponse>(TestJson.Options))!;
    }

    public static Task<HttpResponseMessage> CheckStatusAsync(this HttpClient client, string reference) =>
        client.PostAsJsonAsync("/api/community-trigger/status", new { reference });
}
