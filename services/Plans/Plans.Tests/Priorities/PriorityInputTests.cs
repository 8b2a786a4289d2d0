using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Plans.Tests.Infrastructure;

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
