using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Actions;
using Plans.Api.Domain;
using Plans.Tests.Infrastructure;
using Platform.ServiceDefaults.Http;

namespace Plans.Tests.Actions;

/// <summary>Moves the service's clock, so it has a service of its own.</summary>
public class ActionOverdueTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    [Fact]
    public async Task An_incomplete_action_past_its_due_date_in_England_is_reported_off_track_but_keeps_its_status()
    {
        var officer = plans.PartnershipOfficer();
        var priority = await officer.AdoptedPriorityAsync();
        var action = await officer.AddActionAsync(priority.Id, dueOn: "2026-03-31");
        var finished = await officer.AddActionAsync(priority.Id, dueOn: "2026-03-31");
        (await officer.SetStatusAsync(action.Id, "on-track")).EnsureSuccessStatusCode();
        (await officer.SetStatusAsync(finished.Id, "complete")).EnsureSuccessStatusCode();

        plans.Clock.Now = new DateTimeOffset(2026, 3, 31, 22, 30, 0, TimeSpan.Zero); // 23:30 BST on the due date
        var onTheDay = await officer.GetActionAsync(action.Id);
        plans.Clock.Now = new DateTimeOffset(2026, 3, 31, 23, 30, 0, TimeSpan.Zero); // 00:30 BST the day after
        var dayAfter = await officer.GetActionAsync(action.Id);
        var workPlan = await officer.GetFromJsonAsync<Page<ActionResponse>>($"/api/plans/priorities/{priority.Id}/actions", TestJson.Options);

        Assert.Equal((ActionStatus.OnTrack, ActionStatus.OnTrack, false), (onTheDay.Status, onTheDay.ReportedStatus, onTheDay.Overdue));
        Assert.Equal((ActionStatus.OnTrack, ActionStatus.OffTrack, true), (dayAfter.Status, dayAfter.ReportedStatus, dayAfter.Overdue));
        var done = Assert.Single(workPlan!.Items, a => a.Id == finished.Id);
        Assert.Equal((ActionStatus.Complete, false), (done.ReportedStatus, done.Overdue));
        Assert.Contains(workPlan.Items, a => a.Id == action.Id && a.Overdue);
        await using var db = plans.NewDbContext();
        Assert.Equal(ActionStatus.OnTrack, (await db.DeliveryActions.SingleAsync(a => a.Id == action.Id)).Status);
    }
}
