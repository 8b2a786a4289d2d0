using System.Net.Http.Json;
using CommunityTrigger.Api.Cases.ListPendingDecisions;
using CommunityTrigger.Api.Domain;
using CommunityTrigger.Tests.Infrastructure;
using Platform.Contracts;
using static CommunityTrigger.Tests.Infrastructure.TriggerRequests;

namespace CommunityTrigger.Tests.Cases;

/// <summary>The SPOC's due-soon and overdue lists follow the working-day calendar and the service's clock.</summary>
public class DeadlineTests(CommunityTriggerApiFactory trigger) : IClassFixture<CommunityTriggerApiFactory>
{
    [Theory]
    [InlineData("2025-12-31", DeadlineStatus.OnTrack)]
    [InlineData("2026-01-05", DeadlineStatus.DueSoon)]
    [InlineData("2026-01-07", DeadlineStatus.DueSoon)]
    [InlineData("2026-01-08", DeadlineStatus.Overdue)]
    public async Task An_application_received_before_Christmas_is_due_after_New_Year(string today, DeadlineStatus expected)
    {
        trigger.Clock.Now = new DateTimeOffset(2025, 12, 19, 15, 0, 0, TimeSpan.Zero);
        var spoc = trigger.Spoc(Districts.NorthNorfolk);
        var entered = await spoc.EnterAsync(Application(Districts.NorthNorfolk, ("2025-12-01", "2025-12-02")));
        trigger.Clock.Now = new DateTimeOffset(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

        var all = await spoc.GetFromJsonAsync<List<PendingDecision>>("/api/community-trigger/cases/pending-decisions", TestJson.Options);
        var filtered = await spoc.GetFromJsonAsync<List<PendingDecision>>(
            $"/api/community-trigger/cases/pending-decisions?deadline={expected.ToKebab()}", TestJson.Options);

        var mine = Assert.Single(all!, p => p.Case.Id == entered.Case.Id);
        Assert.Equal((new DateOnly(2026, 1, 7), expected), (mine.Case.DecisionDueOn, mine.Deadline));
        Assert.Contains(filtered!, p => p.Case.Id == entered.Case.Id);
        Assert.All(filtered!, p => Assert.Equal(expected, p.Deadline));
    }

    [Fact]
    public async Task A_decided_application_leaves_the_pending_list()
    {
        trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow;
        var spoc = trigger.Spoc(Districts.SouthNorfolk);
        var entered = await spoc.EnterAsync(Application(Districts.SouthNorfolk));

        await spoc.SucceedAsync($"/api/community-trigger/cases/{entered.Case.Id}/threshold-decision");

        var pending = await spoc.GetFromJsonAsync<List<PendingDecision>>("/api/community-trigger/cases/pending-decisions", TestJson.Options);
        Assert.DoesNotContain(pending!, p => p.Case.Id == entered.Case.Id);
    }

    [Fact]
    public async Task An_unknown_deadline_filter_is_a_400_naming_it()
    {
        var response = await trigger.Spoc().GetAsync("/api/community-trigger/cases/pending-decisions?deadline=urgent");

        var problem = await response.ReadProblemAsync(System.Net.HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("deadline", out _), problem.ToString());
    }
}
