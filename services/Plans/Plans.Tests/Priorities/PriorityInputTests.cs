using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Domain;
using Plans.Api.Priorities;
using Plans.Tests.Infrastructure;
using Platform.ServiceDefaults.Http;

namespace Plans.Tests.Priorities;

public class PriorityInputTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    public static TheoryData<string, string, string> BadBodies => new()
    {
        { "malformed JSON", """{"title": "Fraud", """, "body" },
        { "wrong type", """{"title": 42, "description": "d", "strategicTheme": "t", "sponsorAgency": "norfolk-opcc", "leadOfficer": "x"}""", "title" },
        { "unknown field", """{"title": "Fraud", "description": "d", "strategicTheme": "t", "sponsorAgency": "norfolk-opcc", "leadOfficer": "x", "budget": 5}""", "budget" },
        { "missing field", """{"title": "Fraud", "description": "d", "strategicTheme": "t", "sponsorAgency": "norfolk-opcc"}""", "leadOfficer" },
        { "title too short", """{"title": "F", "description": "d", "strategicTheme": "t", "sponsorAgency": "norfolk-opcc", "leadOfficer": "x"}""", "title" },
        { "code not a slug", """{"title": "Fraud", "description": "d", "strategicTheme": "t", "sponsorAgency": "norfolk-opcc", "leadOfficer": "x", "code": "Serious Violence"}""", "code" },
        { "free-text delivery group", """{"title": "Fraud", "description": "d", "strategicTheme": "t", "sponsorAgency": "norfolk-opcc", "leadOfficer": "x", "deliveryGroup": "Fraud Board"}""", "deliveryGroup" },
        { "agency not a slug", """{"title": "Fraud", "description": "d", "strategicTheme": "t", "sponsorAgency": "Norfolk Police!", "leadOfficer": "x"}""", "sponsorAgency" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_proposal_is_a_400_naming_the_field_and_writes_nothing(string why, string body, string field)
    {
        var before = await CountPrioritiesAsync();

        var response = await plans.PartnershipOfficer().PostAsync(
            "/api/plans/priorities", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{why}: errors should name '{field}': {problem}");
        Assert.Equal(before, await CountPrioritiesAsync());
    }

    [Theory]
    [InlineData("status=Adopted", "status")]
    [InlineData("status=archived", "status")]
    [InlineData("after=not-a-guid", "after")]
    [InlineData("limit=0", "limit")]
    public async Task A_bad_query_value_is_a_400_naming_the_parameter(string query, string field)
    {
        var response = await plans.PartnershipOfficer().GetAsync($"/api/plans/priorities?{query}");

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}': {problem}");
    }

    [Fact]
    public async Task Priorities_can_be_filtered_by_status_written_as_in_the_API()
    {
        var officer = plans.PartnershipOfficer();
        var adopted = await officer.ProposeAsync("Filtered: adopted");
        await officer.PostAsync($"/api/plans/priorities/{adopted.Id}/adopt", null);
        await officer.ProposeAsync("Filtered: still proposed");

        var page = await officer.GetFromJsonAsync<Page<PriorityResponse>>("/api/plans/priorities?status=adopted&limit=200", TestJson.Options);

        Assert.Contains(page!.Items, p => p.Id == adopted.Id);
        Assert.All(page.Items, p => Assert.Equal(PriorityStatus.Adopted, p.Status));
    }

    [Fact]
    public async Task An_oversize_body_is_refused_with_413()
    {
        var huge = $$"""{"title": "{{new string('x', 2 * 1024 * 1024)}}"}""";

        var response = await plans.PartnershipOfficer().PostAsync(
            "/api/plans/priorities", new StringContent(huge, Encoding.UTF8, "application/json"));

        await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    private async Task<int> CountPrioritiesAsync()
    {
        _ = plans.Server; // the host (and its migrations) must be up before counting
        await using var db = plans.NewDbContext();
        return await db.Priorities.CountAsync();
    }
}
