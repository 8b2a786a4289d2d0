using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>A partner system's requests to Prevent, as its integration would send them.</summary>
public static class PreventRequests
{
    /// <summary>POSTs a referral with an Idempotency-Key; the body is buffered so the caller may read it after disposal.</summary>
    public static async Task<HttpResponseMessage> SubmitReferralAsync(HttpClient client, JsonObject referral, string idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/prevent/referrals") { Content = JsonContent.Create(referral) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    /// <summary>A school's referral of a 15–17 year old (born 2009-03-01) in <paramref name="district"/>.</summary>
    public static JsonObject Referral(string name, string district, string sector = "education", string referrerAgency = "norwich-high-school") => new()
    {
        ["referrerAgency"] = referrerAgency,
        ["sector"] = sector,
        ["person"] = new JsonObject { ["name"] = name, ["dateOfBirth"] = "2009-03-01" },
        ["district"] = district,
        ["concerns"] = "Sharing extremist material with classmates.",
        ["ideology"] = "extreme-right-wing",
        ["riskFlags"] = new JsonArray("online-radicalisation"),
    };
}
