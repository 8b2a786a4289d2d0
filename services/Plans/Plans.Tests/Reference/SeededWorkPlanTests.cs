using System.Net.Http.Json;
using Plans.Api.Domain;
using Plans.Api.PartnershipPlans;
using Plans.Api.Priorities;
using Plans.Tests.Infrastructure;
using Platform.Contracts;
using Platform.ServiceDefaults.Http;

namespace Plans.Tests.Reference;

/// <summary>The seeded work plans, in a database of their own: publishing a new version of the seeded plan changes what the other seed tests read.</summary>
public class SeededWorkPlanTests(SeededPlansApiFactory plans) : IClassFixture<SeededPlansApiFactory>
{
    [Fact]
    public async Task Each_delivery_groups_listed_objectives_are_SMART_actions_on_its_priority_and_the_plan_passes_its_own_publish_rule()
    {
        var officer = plans.Client(Roles.PartnershipOfficer);
        var seeded = (await officer.GetFromJsonAsync<Page<PriorityResponse>>("/api/plans/priorities?limit=200", TestJson.Options))!.Items
            .Where(p => p.Code is not null).ToDictionary(p => p.Code!, p => p.Id);
        var drugs = await WorkPlanAsync(officer, seeded["drugs-and-alcohol"]);
        var dasv = (await WorkPlanAsync(officer, seeded["serious-violence"])).Where(a => !a.Description.StartsWith("Serious Violence Duty", StringComparison.Ordinal));
        var water = await WorkPlanAsync(officer, seeded["water-safety"]);

        Assert.Equal(5, dasv.Count()); // the Domestic Abuse and Sexual Violence Group's five
        Assert.Equal(7, drugs.Count); // the Drug and Alcohol Partnership's seven
        Assert.Equal(5, water.Count); // the Water Safety Forum's five
        Assert.Contains(drugs, a => a.Description == "Develop a Dual Diagnosis Pathway.");
        foreach (var (code, id) in seeded)
        {
            var workPlan = await WorkPlanAsync(officer, id);
            Assert.True(workPlan.Count > 0, $"{code} has no actions");
            Assert.All(workPlan, a =>
            {
                Assert.Contains(a.OwnerAgency, Agencies.ResponsibleAuthorities);
                Assert.False(string.IsNullOrWhiteSpace(a.SuccessMeasure));
                Assert.Contains(a.Enabler, Enablers.All);
                Assert.InRange(a.DueOn, new DateOnly(2025, 4, 1), new DateOnly(2028, 3, 31));
            });
        }

        // A new version of the seeded plan with the same priorities publishes: every priority has a group and actions.
        var published = await officer.GetFromJsonAsync<Page<PlanResponse>>("/api/plans/plans?status=published", TestJson.Options);
        var plan = Assert.Single(published!.Items, p => p.Title == "Safer Norfolk Plan 2025–28");
        var draft = await (await officer.PostAsync($"/api/plans/plans/{plan.Id}/refresh", null)).Content.ReadFromJsonAsync<PlanResponse>(TestJson.Options);
        (await officer.PostAsync($"/api/plans/plans/{draft!.Id}/consult", null)).EnsureSuccessStatusCode();
        var publish = await officer.PostAsync($"/api/plans/plans/{draft.Id}/publish", null);
        Assert.True(publish.IsSuccessStatusCode, await publish.Content.ReadAsStringAsync());
    }

    private static async Task<IReadOnlyList<Api.Actions.ActionResponse>> WorkPlanAsync(HttpClient client, Guid priorityId) =>
        (await client.GetFromJsonAsync<Page<Api.Actions.ActionResponse>>($"/api/plans/priorities/{priorityId}/actions?limit=200", TestJson.Options))!.Items;
}
