using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommunityTrigger.Api.Cases;
using CommunityTrigger.Api.Domain;
using CommunityTrigger.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;
using static CommunityTrigger.Tests.Infrastructure.TriggerRequests;

namespace CommunityTrigger.Tests.Cases;

/// <summary>From threshold met through the case review, its recommendations, the outcome and an appeal, to closure.</summary>
public class CaseReviewLifecycleTests(CommunityTriggerApiFactory trigger) : IClassFixture<CommunityTriggerApiFactory>
{
    private static readonly object Meeting = new
    {
        heldOn = "2025-07-25",
        attendingAgencies = new[] { "norwich-city-council", "norfolk-constabulary", "norfolk-waveney-icb", "broadland-housing" },
        agencyResponses = new[]
        {
            new { agency = "norfolk-constabulary", summary = "Attended each report; no follow-up visit.", adequate = false },
            new { agency = "norwich-city-council", summary = "Noise diary issued; no monitoring installed.", adequate = false },
        },
        unmetNeeds = "The household has no access to mediation.",
    };

    [Fact]
    public async Task A_case_review_with_recommendations_is_sent_appealed_by_reference_decided_and_closed()
    {
        trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow;
        var spoc = trigger.Spoc();
        var entered = await spoc.EnterAsync(Application());
        var path = $"/api/community-trigger/cases/{entered.Case.Id}";

        await spoc.SucceedAsync($"{path}/threshold-decision");
        trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow.AddDays(10);
        await spoc.SucceedAsync($"{path}/review-meeting", Meeting);
        await spoc.SucceedAsync($"{path}/recommendations", new { text = "Install noise monitoring", ownerAgency = "norwich-city-council", dueOn = "2025-09-30" });
        var withTwo = await spoc.SucceedAsync($"{path}/recommendations", new { text = "Joint visit with the housing provider", ownerAgency = "norfolk-constabulary", dueOn = "2025-08-31" });
        await spoc.SucceedAsync($"{path}/recommendations/{withTwo.Recommendations[0].Id}/complete", new { note = "Monitoring installed" });
        var sent = await spoc.SucceedAsync($"{path}/outcome", new { letter = "The review found that agencies should do more: ..." });
        trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow.AddDays(20);
        var appeal = await trigger.Public().PostAsJsonAsync("/api/community-trigger/status/appeal", new { reference = entered.Reference, grounds = "The noise continues." });
        await spoc.SucceedAsync($"{path}/appeal-decision", new { decision = "not-upheld", reviewer = "Independent reviewer", reasons = "The review was thorough." });
        var closed = await spoc.SucceedAsync($"{path}/close");

        Assert.Equal((CaseStatus.OutcomeSent, new DateOnly(2025, 8, 15)), (sent.Status, sent.AppealDueOn));
        Assert.Equal(HttpStatusCode.OK, appeal.StatusCode);
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal(AppealDecision.NotUpheld, closed.Appeal!.Decision);
        Assert.Equal(2, closed.Recommendations.Count);
        Assert.Single(closed.Recommendations, r => r.CompletedAt is not null);
        var status = await (await trigger.Public().CheckStatusAsync(entered.Reference)).Content.ReadFromJsonAsync<ApplicationStatus>(TestJson.Options);
        Assert.Equal((CaseStatus.Closed, AppealDecision.NotUpheld), (status!.Status, status.AppealDecision));

        await using var db = trigger.NewDbContext();
        var events = await db.EventsAboutAsync(entered.Case.Id);
        Assert.Equal(
            ["csp:community-trigger:application-received:v1", "csp:community-trigger:case-review-completed:v1"],
            events.Select(e => e.MessageType));
        var completed = JsonDocument.Parse(events[1].Payload).RootElement;
        Assert.Equal(2, completed.GetProperty("recommendationCount").GetInt32());
        Assert.DoesNotContain(ApplicantName, events[1].Payload, StringComparison.Ordinal);
        var audit = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.SubjectId == entered.Case.Id.ToString()).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
        Assert.Equal(
            ["application-received", "threshold-decided", "review-meeting-recorded", "recommendation-added", "recommendation-added",
             "recommendation-completed", "outcome-sent", "appeal-requested", "appeal-decided", "case-closed", "status-checked"],
            audit);
    }

    [Fact]
    public async Task An_appeal_after_the_window_is_refused_and_the_case_can_then_be_closed()
    {
        trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow;
        var spoc = trigger.Spoc();
        var entered = await spoc.EnterAsync(Application("norwich", ("2025-07-01", "2025-07-02")));
        var path = $"/api/community-trigger/cases/{entered.Case.Id}";
        await spoc.SucceedAsync($"{path}/threshold-decision");
        await spoc.SucceedAsync($"{path}/outcome", new { letter = "The threshold was not met because ..." });

        var tooEarlyToClose = await spoc.PostAsync($"{path}/close", null);
        trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow.AddDays(22);
        var tooLateToAppeal = await trigger.Public().PostAsJsonAsync("/api/community-trigger/status/appeal", new { reference = entered.Reference, grounds = "Please look again." });
        var closed = await spoc.SucceedAsync($"{path}/close");

        Assert.Equal("appeal-window-open", (await tooEarlyToClose.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        Assert.Equal("appeal-window-closed", (await tooLateToAppeal.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());
        Assert.Equal(CaseStatus.Closed, closed.Status);
        await using var db = trigger.NewDbContext();
        Assert.Single(await db.EventsAboutAsync(entered.Case.Id)); // no review, so no CaseReviewCompleted
    }

    [Fact]
    public async Task A_review_meeting_cannot_be_held_for_a_case_below_the_threshold()
    {
        trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow;
        var spoc = trigger.Spoc();
        var entered = await spoc.EnterAsync(Application("norwich", ("2025-07-01", "2025-07-02")));
        await spoc.SucceedAsync($"/api/community-trigger/cases/{entered.Case.Id}/threshold-decision");
        trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow.AddDays(10);

        var response = await spoc.PostAsJsonAsync($"/api/community-trigger/cases/{entered.Case.Id}/review-meeting", Meeting);

        Assert.Equal("invalid-case-transition", (await response.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
    }
}
