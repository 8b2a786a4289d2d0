using System.Net.Http.Json;
using Plans.Api.Priorities;

namespace Plans.Tests.Priorities;

internal static class PriorityRequests
{
    public static object ValidProposal(string title = "Water safety") => new
    {
        title,
        description = "Reduce accidental drownings in Norfolk's rivers, broads and coast.",
        strategicTheme = "Safeguarding from harm",
        sponsorAgency = "norfolk-fire-rescue",
        leadOfficer = "Chair, Norfolk Water Safety Partnership",
        deliveryGroup = "Norfolk Water Safety Partnership",
    };

    public static async Task<PriorityResponse> ProposeAsync(this HttpClient client, string title = "Water safety")
    {
        var response = await client.PostAsJsonAsync("/api/plans/priorities", ValidProposal(title));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<PriorityResponse>(TestJson.Options))!;
    }
}
