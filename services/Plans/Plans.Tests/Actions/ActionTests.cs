using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Actions;
using Plans.Api.Actions.ActionHistory;
using Plans.Api.Domain;
using Plans.Tests.Infrastructure;
using Plans.Tests.Priorities;
using Platform.ServiceDefaults.Http;

namespace Plans.Tests.Actions;

public class ActionTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    [Fact]
    public async Task An_officer_adds_a_SMART_action_to_a_work_plan_and_it_is_audited()
    {
        var officer = plans.PartnershipOfficer();
        var priority = await officer.AdoptedPriorityAsync();

        var response = await officer.PostAsJsonAsync($"/api/plans/priorities/{priority.Id}/actions", ActionRequests.ValidAction());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var action = await response.Content.ReadFromJsonAsync<ActionResponse>(TestJson.Options);
        Assert.Equal($"/api/plans/actions/{action!.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(priority.Id, action.PriorityId);
        Assert.Equal(("norfolk-constabulary", new DateOnly(2026, 3, 31), "skilled-workforce"), (action.OwnerAgency, action.DueOn, action.Enabler));
        Assert.Equal(new Milestone("First cohort trained", new DateOnly(2026, 2, 15)), Assert.Single(action.Milestones));
        Assert.Equal((ActionStatus.NotStarted, ActionStatus.NotStarted, false), (action.Status, action.ReportedStatus, action.Overdue));
        var audit = await officer.GetFromJsonAsync<JsonElement>($"/api/plans/audit?subjectId={action.Id}");
        Assert.Equal("action-added", Assert.Single(audit.GetProperty("entries").EnumerateArray()).GetProperty("action").GetString());
    }

    [Fact]
    public async Task The_JSON_names_statuses_as_clients_write_them()
    {
        var officer = plans.PartnershipOfficer();
        var action = await officer.AddActionAsync((await officer.AdoptedPriorityAsync()).Id);
        await officer.SetStatusAsync(action.Id, "at-risk");

        var json = await officer.GetFromJsonAsync<JsonElement>($"/api/plans/actions/{action.Id}");

        Assert.Equal(("at-risk", "at-risk", false), (json.GetProperty("status").GetString(), json.GetProperty("reportedStatus").GetString(), json.GetProperty("overdue").GetBoolean()));
    }

    [Fact]
    public async Task Status_changes_are_kept_in_order_with_from_to_note_when_and_who()
    {
        var officer = plans.As("norfolk-opcc", "officer-7", Platform.Contracts.Roles.PartnershipOfficer);
        var action = await officer.AddActionAsync((await officer.AdoptedPriorityAsync()).Id);

        (await officer.SetStatusAsync(action.Id, "on-track", "Trainer booked")).EnsureSuccessStatusCode();
        (await officer.SetStatusAsync(action.Id, "at-risk", "Trainer off sick")).EnsureSuccessStatusCode();
        (await officer.SetStatusAsync(action.Id, "complete", "All cohorts trained")).EnsureSuccessStatusCode();

        var history = await officer.GetFromJsonAsync<ActionHistoryResponse>($"/api/plans/actions/{action.Id}/history", TestJson.Options);
        Assert.Equal(
            [
                (ActionStatus.NotStarted, ActionStatus.OnTrack, "Trainer booked"),
                (ActionStatus.OnTrack, ActionStatus.AtRisk, "Trainer off sick"),
                (ActionStatus.AtRisk, ActionStatus.Complete, "All cohorts trained"),
            ],
            history!.Changes.Select(c => (c.From, c.To, c.Note)));
        Assert.All(history.Changes, c => Assert.Equal(("officer-7", PlansApiFactory.DefaultNow), (c.By, c.At)));
        var read = await officer.GetActionAsync(action.Id);
        Assert.Equal(ActionStatus.Complete, read.Status);
        Assert.NotNull(read.CompletedAt);
    }

    [Fact]
    public async Task Completing_twice_is_a_conflict_and_changes_nothing()
    {
        var officer = plans.PartnershipOfficer();
        var action = await officer.AddActionAsync((await officer.AdoptedPriorityAsync()).Id);
        (await officer.SetStatusAsync(action.Id, "complete", "Done")).EnsureSuccessStatusCode();

        var again = await officer.SetStatusAsync(action.Id, "complete", "Done again");
        var reopen = await officer.SetStatusAsync(action.Id, "at-risk", "Reopen");

        Assert.Equal("action-already-complete", (await again.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        Assert.Equal("action-complete", (await reopen.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        var history = await officer.GetFromJsonAsync<ActionHistoryResponse>($"/api/plans/actions/{action.Id}/history", TestJson.Options);
        Assert.Single(history!.Changes);
        Assert.Equal(ActionStatus.Complete, (await officer.GetActionAsync(action.Id)).Status);
    }

    [Fact]
    public async Task A_status_change_with_a_stale_ETag_is_a_409_with_the_current_version_and_changes_nothing()
    {
        var officer = plans.PartnershipOfficer();
        var action = await officer.AddActionAsync((await officer.AdoptedPriorityAsync()).Id);
        var read = await officer.GetAsync($"/api/plans/actions/{action.Id}");
        var tag = read.Headers.ETag!.Tag;
        (await officer.SetStatusAsync(action.Id, "on-track", "First", ifMatch: tag)).EnsureSuccessStatusCode();

        var stale = await officer.SetStatusAsync(action.Id, "off-track", "Second", ifMatch: tag);

        var problem = await stale.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("stale-version", problem.GetProperty("rule").GetString());
        var current = await officer.GetActionAsync(action.Id);
        Assert.Equal(current.Version, problem.GetProperty("currentVersion").GetUInt32());
        Assert.Equal(ActionStatus.OnTrack, current.Status);
    }

    [Fact]
    public async Task No_action_can_be_added_to_a_retired_priority()
    {
        var officer = plans.PartnershipOfficer();
        var priority = await officer.AdoptedPriorityAsync("Retired priority");
        (await officer.PostAsync($"/api/plans/priorities/{priority.Id}/retire", null)).EnsureSuccessStatusCode();

        var response = await officer.PostAsJsonAsync($"/api/plans/priorities/{priority.Id}/actions", ActionRequests.ValidAction());

        Assert.Equal("priority-retired", (await response.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        Assert.Equal(0, await ActionsOnAsync(priority.Id));
    }

    [Fact]
    public async Task A_milestone_due_after_the_action_is_a_422_and_writes_nothing()
    {
        var officer = plans.PartnershipOfficer();
        var priority = await officer.AdoptedPriorityAsync();

        var response = await officer.PostAsJsonAsync($"/api/plans/priorities/{priority.Id}/actions", new
        {
            description = "Late milestone",
            ownerAgency = "norfolk-constabulary",
            dueOn = "2026-03-31",
            milestones = new[] { new { title = "After the end", dueOn = "2026-04-30" } },
            successMeasure = "Measured",
            enabler = "public-awareness",
        });

        Assert.Equal("milestone-after-due-date", (await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());
        Assert.Equal(0, await ActionsOnAsync(priority.Id));
    }

    public static TheoryData<string, string> BadActions => new()
    {
        { """{"description": "d d d", "ownerAgency": "norfolk-opcc", "dueOn": "2026-03-31", "milestones": [], "successMeasure": "sss", "enabler": "world-peace"}""", "enabler" },
        { """{"description": "d d d", "ownerAgency": "Norfolk Police", "dueOn": "2026-03-31", "milestones": [], "successMeasure": "sss", "enabler": "public-awareness"}""", "ownerAgency" },
        { """{"description": "d d d", "ownerAgency": "norfolk-opcc", "dueOn": "31/03/2026", "milestones": [], "successMeasure": "sss", "enabler": "public-awareness"}""", "dueOn" },
        { """{"description": "d d d", "ownerAgency": "norfolk-opcc", "milestones": [], "successMeasure": "sss", "enabler": "public-awareness"}""", "dueOn" },
        { """{"description": "d d d", "ownerAgency": "norfolk-opcc", "dueOn": "2026-03-31", "milestones": [{"dueOn": "2026-02-01"}], "successMeasure": "sss", "enabler": "public-awareness"}""", "milestones[0].title" },
        { """{"description": "d d d", "ownerAgency": "norfolk-opcc", "dueOn": "2026-03-31", "milestones": [], "enabler": "public-awareness"}""", "successMeasure" },
    };

    [Theory]
    [MemberData(nameof(BadActions))]
    public async Task A_bad_action_is_a_400_naming_the_field_and_writes_nothing(string body, string field)
    {
        var officer = plans.PartnershipOfficer();
        var priority = await officer.AdoptedPriorityAsync();

        var response = await officer.PostAsync(
            $"/api/plans/priorities/{priority.Id}/actions", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}': {problem}");
        Assert.Equal(0, await ActionsOnAsync(priority.Id));
    }

    [Theory]
    [InlineData("""{"status": "green", "note": "n"}""", "status")]
    [InlineData("""{"status": "on-track"}""", "note")]
    [InlineData("""{"status": "on-track", "note": ""}""", "note")]
    public async Task A_bad_status_change_is_a_400_naming_the_field_and_changes_nothing(string body, string field)
    {
        var officer = plans.PartnershipOfficer();
        var action = await officer.AddActionAsync((await officer.AdoptedPriorityAsync()).Id);

        var response = await officer.PostAsync(
            $"/api/plans/actions/{action.Id}/status", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}': {problem}");
        Assert.Equal(ActionStatus.NotStarted, (await officer.GetActionAsync(action.Id)).Status);
    }

    [Theory]
    [InlineData("GET", "/api/plans/actions/{0}", "action-not-found")]
    [InlineData("GET", "/api/plans/actions/{0}/history", "action-not-found")]
    [InlineData("GET", "/api/plans/priorities/{0}/actions", "priority-not-found")]
    [InlineData("POST", "/api/plans/priorities/{0}/actions", "priority-not-found")]
    public async Task Unknown_actions_and_priorities_are_404_problems(string method, string path, string rule)
    {
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, path, Guid.NewGuid());
        var request = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = method == "POST" ? JsonContent.Create(ActionRequests.ValidAction()) : null,
        };

        var response = await plans.PartnershipOfficer().SendAsync(request);

        Assert.Equal(rule, (await response.ReadProblemAsync(HttpStatusCode.NotFound)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_work_plan_pages_through_its_own_actions_once_in_a_stable_order()
    {
        var officer = plans.PartnershipOfficer();
        var priority = await officer.AdoptedPriorityAsync("Paged work plan");
        var other = await officer.AdoptedPriorityAsync("Other work plan");
        var added = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            added.Add((await officer.AddActionAsync(priority.Id)).Id);
        }

        await officer.AddActionAsync(other.Id);

        var seen = new List<Guid>();
        Guid? after = null;
        do
        {
            var page = await officer.GetFromJsonAsync<Page<ActionResponse>>(
                $"/api/plans/priorities/{priority.Id}/actions?limit=2{(after is null ? "" : $"&after={after}")}", TestJson.Options);
            Assert.True(page!.Items.Count <= 2);
            seen.AddRange(page.Items.Select(a => a.Id));
            after = page.NextAfter;
        }
        while (after is not null);

        Assert.Equal(added.Order().ToList(), seen);
    }

    private async Task<int> ActionsOnAsync(Guid priorityId)
    {
        await using var db = plans.NewDbContext();
        return await db.DeliveryActions.CountAsync(a => a.PriorityId == priorityId);
    }
}
