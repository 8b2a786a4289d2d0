using System.Net.Http.Json;
using Plans.Api.Priorities;

namespace Plans.Tests.Priorities;

internal static class PriorityRequests
{
    public static object ValidProposal(string title = "Water safety", string? code = null, Guid? deliveryGroupId = null) => new
    {
        title,
        description = "Reduce accidental drownings in Norfolk's rivers, broads and coast.",
        strategicTheme = "Safeguarding from harm",
        sponsorAgency = "norfolk-fire-rescue",
        leadOfficer = "Chair, Norfolk Water Safety Partnership",
        code,
        deliveryGroupId,
    };

    public static async Task<PriorityResponse> ProposeAsync(
        this HttpClient client, string title = "Water safety", string? code = null, Guid? deliveryGroupId = null)
    {
        var response = await client.PostAsJsonAsync("/api/plans/priorities", ValidProposal(title, code, deliveryGroupId));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<PriorityResponse>(TestJson.Options))!;
    }
}

