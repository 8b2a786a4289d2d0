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

    /// <summary>
    /// A referral of a 15–17 year old (born 2009-03-01) in <paramref name="district"/>, made by the sender's own agency
    /// unless <paramref name="referrerAgency"/> names another (which a partner system may not).
    /// </summary>
    public static JsonObject Referral(string name, string district, string sector = "education", string? referrerAgency = null)
    {
        var referral = new JsonObject
        {
            ["sector"] = sector,
            ["person"] = new JsonObject { ["name"] = name, ["dateOfBirth"] = "2009-03-01" },
            ["district"] = district,
            ["concerns"] = "Sharing extremist material with classmates.",
            ["ideology"] = "extreme-right-wing",
            ["riskFlags"] = new JsonArray("online-radicalisation"),
        };
        if (referrerAgency is not null)
        {
            referral["referrerAgency"] = referrerAgency;
        }

        return referral;
    }
}
