using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Contracts;
using Platform.Testing;
using Prevent.Api.Referrals;
using Prevent.Api.Referrals.RecordPanelMeeting;

namespace Prevent.Tests.Infrastructure;

internal static class PreventRequests
{
    /// <summary>A referral with no referrerAgency: the sender's own agency (a partner system may name no other).</summary>
    public static JsonObject Referral(string district = Districts.Norwich, string name = "Alex Example", string? dateOfBirth = "2009-03-01") => new()
    {
        ["sector"] = "education",
        ["person"] = new JsonObject { ["name"] = name, ["dateOfBirth"] = dateOfBirth },
        ["district"] = district,
        ["concerns"] = "Sharing extremist material with classmates.",
        ["ideology"] = "extreme-right-wing",
        ["riskFlags"] = new JsonArray("online-radicalisation"),
    };

    public static JsonObject Meeting(string heldOn = "2025-07-30") => new()
    {
        ["heldOn"] = heldOn,
        ["chair"] = "Head of Community Safety",
        ["attendees"] = new JsonArray(Agencies.NorwichCityCouncil, Agencies.Constabulary, Agencies.IntegratedCareBoard),
    };

    /// <summary>Records a panel meeting of the caller's council and returns its id.</summary>
    public static async Task<Guid> MeetingAsync(this HttpClient client, string heldOn = "2025-07-30")
    {
        var response = await client.PostAsJsonAsync("/api/prevent/panel-meetings", Meeting(heldOn));
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"panel meeting: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<PanelMeetingResponse>(TestJson.Options))!.Id;
    }

    public static JsonObject Panel(Guid meetingId, bool adopt = true) => new()
    {
        ["meetingId"] = meetingId,
        ["vulnerabilityAssessment"] = "Isolated at school; seeking belonging online.",
        ["adopt"] = adopt,
        ["reason"] = "Mentoring is likely to help.",
    };

    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, JsonObject referral, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/prevent/referrals") { Content = JsonContent.Create(referral) };
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString());
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync(); // the test server ties the response body to the request disposed here
        return response;
    }

    public static async Task<ReferralStatusResponse> SubmittedAsync(this HttpClient client, JsonObject referral, string? key = null)
    {
        var response = await client.SubmitAsync(referral, key);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ReferralStatusResponse>(TestJson.Options))!;
    }

    public static async Task<ReferralResponse> ChangeAsync(this HttpClient client, Guid id, string path, JsonObject body)
    {
        var response = await client.PostAsJsonAsync($"/api/prevent/referrals/{id}/{path}", body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<ReferralResponse>(TestJson.Options))!;
    }
}
