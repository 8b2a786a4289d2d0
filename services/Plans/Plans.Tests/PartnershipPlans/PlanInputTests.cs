using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Plans.Tests.Infrastructure;
using Platform.Contracts;

namespace Plans.Tests.PartnershipPlans;

public class PlanInputTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    public static TheoryData<string, string, string> BadBodies => new()
    {
        { "missing enablers", """{"title": "Plan", "startYear": 2025, "endYear": 2028, "priorityIds": []}""", "enablers" },
        { "title too short", """{"title": "P", "startYear": 2025, "endYear": 2028, "priorityIds": [], "enablers": []}""", "title" },
        { "start year out of range", """{"title": "Plan", "startYear": 25, "endYear": 2028, "priorityIds": [], "enablers": []}""", "startYear" },
        { "priority id not a uuid", """{"title": "Plan", "startYear": 2025, "endYear": 2028, "priorityIds": ["serious-violence"], "enablers": []}""", "priorityIds[0]" },
        { "unknown field", """{"title": "Plan", "startYear": 2025, "endYear": 2028, "priorityIds": [], "enablers": [], "status": "published"}""", "status" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_draft_is_a_400_naming_the_field_and_writes_nothing(string why, string body, string field)
    {
        await using var db = plans.NewDbContext();
        _ = plans.Server;
        var before = await db.Plans.CountAsync();

        var response = await plans.PartnershipOfficer().PostAsync("/api/plans/plans", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{why}: errors should name '{field}': {problem}");
        Assert.Equal(before, await db.Plans.CountAsync());
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_a_422()
    {
        var response = await plans.PartnershipOfficer().PostAsJsonAsync("/api/plans/plans", PlanRequests.Draft([], startYear: 2028, endYear: 2025));

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("invalid-period", problem.GetProperty("rule").GetString());
    }

    [Theory]
    [InlineData("status=Published", "status")]
    [InlineData("limit=500", "limit")]
    [InlineData("after=x", "after")]
    public async Task A_bad_query_value_is_a_400_naming_the_parameter(string query, string field)
    {
        var response = await plans.PartnershipOfficer().GetAsync($"/api/plans/plans?{query}");

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}': {problem}");
    }

    [Fact]
    public async Task Only_partnership_officers_change_plans_and_everyone_signed_in_reads_them()
    {
        var officer = plans.PartnershipOfficer();
        var priority = await officer.PlanPriorityAsync("Access");
        var plan = await officer.DraftPlanAsync(priority.Id);
        var lead = plans.ClientWithToken(plans.Token(Agencies.Constabulary, [Roles.DeliveryLead]));

        Assert.Equal(HttpStatusCode.Forbidden, (await lead.PostAsJsonAsync("/api/plans/plans", PlanRequests.Draft([priority.Id]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.TransitionAsync(plan.Id, "consult")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync($"/api/plans/plans/{plan.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync($"/api/plans/plans/{plan.Id}/versions")).StatusCode);
        await (await plans.ClientWithToken(null).GetAsync("/api/plans/plans")).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }
}
