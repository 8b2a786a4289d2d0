using System.Net.Http.Json;
using Plans.Api.Actions;
using Plans.Api.DeliveryGroups;
using Plans.Api.Priorities;
using Plans.Tests.Priorities;

namespace Plans.Tests.Actions;

internal static class ActionRequests
{
    public static object ValidAction(string ownerAgency = "norfolk-constabulary", string dueOn = "2026-03-31") => new
    {
        description = "Train 200 frontline staff in DASH risk assessment",
        ownerAgency,
        dueOn,
        milestones = new[] { new { title = "First cohort trained", dueOn = "2026-02-15" } },
        successMeasure = "200 staff trained and 90% confident using DASH",
        enabler = "skilled-workforce",
    };

    public static async Task<PriorityResponse> AdoptedPriorityAsync(this HttpClient officer, string title = "Serious violence")
    {
        var priority = await officer.ProposeAsync(title);
        (await officer.PostAsync($"/api/plans/priorities/{priority.Id}/adopt", null)).EnsureSuccessStatusCode();
        return priority;
    }

    public static async Task<ActionResponse> AddActionAsync(
        this HttpClient officer, Guid priorityId, string ownerAgency = "norfolk-constabulary", string dueOn = "2026-03-31")
    {
        var response = await officer.PostAsJsonAsync($"/api/plans/priorities/{priorityId}/actions", ValidAction(ownerAgency, dueOn));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ActionResponse>(TestJson.Options))!;
    }

    public static Task<HttpResponseMessage> SetStatusAsync(
        this HttpClient client, Guid actionId, string status, string note = "Progress reviewed at the group", string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/plans/actions/{actionId}/status")
        {
            Content = JsonContent.Create(new { status, note }),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    public static async Task<ActionResponse> GetActionAsync(this HttpClient client, Guid actionId) =>
        (await client.GetFromJsonAsync<ActionResponse>($"/api/plans/actions/{actionId}", TestJson.Options))!;

    public static async Task<DeliveryGroupResponse> CreateGroupAsync(this HttpClient officer, string name)
    {
        var response = await officer.PostAsJsonAsync("/api/plans/delivery-groups", new
        {
            name,
            purpose = "Oversees the Serious Violence Duty response.",
            chairAgency = "norfolk-constabulary",
            memberAgencies = new[] { "norfolk-county-council", "probation-service" },
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DeliveryGroupResponse>(TestJson.Options))!;
    }
}
