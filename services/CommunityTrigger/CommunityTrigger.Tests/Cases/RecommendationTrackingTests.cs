using System.Net.Http.Json;
using CommunityTrigger.Api.Cases.ListRecommendations;
using CommunityTrigger.Tests.Infrastructure;
using Platform.Contracts;
using static CommunityTrigger.Tests.Infrastructure.TriggerRequests;

namespace CommunityTrigger.Tests.Cases;

/// <summary>Recommendations are tracked after the case moves on: open, overdue and completed lists per district.</summary>
public class RecommendationTrackingTests(CommunityTriggerApiFactory trigger) : IClassFixture<CommunityTriggerApiFactory>
{
    [Fact]
    public async Task Open_overdue_and_completed_recommendations_are_listed_for_the_district_only()
    {
        trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow;
        var spoc = trigger.Spoc(Districts.Broadland);
        var entered = await spoc.EnterAsync(Application(Districts.Broadland));
        var path = $"/api/community-trigger/cases/{entered.Case.Id}";
        await spoc.SucceedAsync($"{path}/threshold-decision");
        trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow.AddDays(10);
        await spoc.SucceedAsync($"{path}/review-meeting", new
        {
            heldOn = "2025-07-24",
            attendingAgencies = new[] { "broadland-council", "norfolk-constabulary" },
            agencyResponses = Array.Empty<object>(),
        });
        await spoc.SucceedAsync($"{path}/recommendations", new { text = "Mediation referral", ownerAgency = "broadland-council", dueOn = "2025-08-15" });
        var made = await spoc.SucceedAsync($"{path}/recommendations", new { text = "Targeted patrols", ownerAgency = "norfolk-constabulary", dueOn = "2025-09-30" });
        await spoc.SucceedAsync($"{path}/recommendations/{made.Recommendations.Single(r => r.OwnerAgency == "norfolk-constabulary").Id}/complete", new { note = "Patrols ran for six weeks" });
        trigger.Clock.Now = new DateTimeOffset(2025, 8, 20, 9, 0, 0, TimeSpan.Zero);

        var overdue = await List(spoc, "?progress=overdue");
        var completed = await List(spoc, "?progress=completed&ownerAgency=norfolk-constabulary");
        var elsewhere = await List(trigger.Spoc(Districts.Norwich), "");

        Assert.Equal(["Mediation referral"], overdue.Select(r => r.Recommendation.Text));
        Assert.All(overdue, r => Assert.True(r.Overdue));
        Assert.Equal(["Patrols ran for six weeks"], completed.Select(r => r.Recommendation.CompletionNote));
        Assert.DoesNotContain(elsewhere, r => r.CaseId == entered.Case.Id);
    }

    private static async Task<List<TrackedRecommendation>> List(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<List<TrackedRecommendation>>($"/api/community-trigger/cases/recommendations{query}", TestJson.Options))!;
}
