using System.Net.Http.Json;
using Platform.Contracts;
using Web.Tests.Infrastructure;

namespace Web.Tests.Prevent;

/// <summary>What a Prevent journey needs before it starts: a school's referral sent by a council's Prevent lead, as staff would through the API.</summary>
internal static class PreventSetup
{
    /// <returns>The referral's id.</returns>
    public static async Task<Guid> ReferAsync(
        WebPlatform platform, string council, string district, object person, string concerns, string ideology)
    {
        using var lead = await platform.AsStaffAsync(council, Roles.PreventLead, district);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/prevent/referrals")
        {
            Content = JsonContent.Create(new
            {
                referrerAgency = council,
                sector = "education",
                person,
                district,
                concerns,
                ideology,
                riskFlags = new[] { "online-radicalisation" },
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var sent = await lead.SendAsync(request);
        Assert.True(sent.IsSuccessStatusCode, await sent.Content.ReadAsStringAsync());
        return (await sent.Content.ReadFromJsonAsync<Referred>())!.Id;
    }

    private sealed record Referred(Guid Id);
}
