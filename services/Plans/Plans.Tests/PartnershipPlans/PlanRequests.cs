using System.Net.Http.Json;
using Plans.Api.PartnershipPlans;
using Plans.Api.Priorities;
using Plans.Tests.Actions;
using Plans.Tests.Priorities;

namespace Plans.Tests.PartnershipPlans;

internal static class PlanRequests
{
    public static object Draft(IEnumerable<Guid> priorityIds, string title = "Safer Norfolk Plan", int startYear = 2025, int endYear = 2028) => new
    {
        title,
        startYear,
        endYear,
        priorityIds = priorityIds.ToArray(),
        enablers = new[] { "public-awareness", "skilled-workforce" },
    };

    /// <summary>A priority proposed and adopted, with a delivery group of its own unless <paramref name="withDeliveryGroup"/> is false.</summary>
    public static async Task<PriorityResponse> PlanPriorityAsync(this HttpClient officer, string title = "Water safety", bool withDeliveryGroup = true)
    {
        Guid? groupId = withDeliveryGroup ? (await officer.CreateGroupAsync($"{title} group {Guid.NewGuid():N}")).Id : null;
        var priority = await officer.ProposeAsync(title, deliveryGroupId: groupId);
        (await officer.PostAsync($"/api/plans/priorities/{priority.Id}/adopt", null)).EnsureSuccessStatusCode();
        return priority;
    }

    /// <summary>An adopted priority with a delivery group and one action on its work plan: ready to be published.</summary>
    public static async Task<PriorityResponse> ReadyPriorityAsync(this HttpClient officer, string title)
    {
        var priority = await officer.PlanPriorityAsync(title);
        await officer.AddActionAsync(priority.Id);
        return priority;
    }

    public static async Task<PlanResponse> DraftPlanAsync(this HttpClient officer, params Guid[] priorityIds)
    {
        var response = await officer.PostAsJsonAsync("/api/plans/plans", Draft(priorityIds));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<PlanResponse>(TestJson.Options))!;
    }

    /// <summary>POSTs a transition (consult, publish, refresh); with <paramref name="etag"/> as If-Match.</summary>
    public static Task<HttpResponseMessage> TransitionAsync(this HttpClient officer, Guid planId, string transition, string? etag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/plans/plans/{planId}/{transition}");
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return officer.SendAsync(request);
    }

    public static async Task<PlanResponse> ReadPlanAsync(this HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<PlanResponse>(TestJson.Options))!;
    }

    /// <summary>A plan published as version 1 covering one adopted priority with a delivery group and an action.</summary>
    public static async Task<(PlanResponse Plan, PriorityResponse Priority)> PublishedPlanAsync(this HttpClient officer, string priorityTitle)
    {
        var priority = await officer.ReadyPriorityAsync(priorityTitle);
        var plan = await officer.DraftPlanAsync(priority.Id);
        await (await officer.TransitionAsync(plan.Id, "consult")).ReadPlanAsync();
        return (await (await officer.TransitionAsync(plan.Id, "publish")).ReadPlanAsync(), priority);
    }
}

internal static class ProposedPriorityRequests
{
    /// <summary>A priority only proposed (not adopted); returns its id.</summary>
    public static async Task<Guid> ProposeAsyncWithoutAdopting(this HttpClient officer, string title) =>
        (await officer.ProposeAsync(title)).Id;
}
