using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Domain;
using Plans.Api.PartnershipPlans;
using Plans.Tests.Actions;
using Plans.Tests.Infrastructure;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Http;

namespace Plans.Tests.PartnershipPlans;

public class PlanLifecycleTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    [Fact]
    public async Task A_plan_goes_from_draft_through_consultation_to_published_and_publishes_PlanPublished()
    {
        var officer = plans.PartnershipOfficer();
        var priority = await officer.ReadyPriorityAsync("Road safety");

        var draft = await officer.DraftPlanAsync(priority.Id);
        Assert.Equal(PlanStatus.Draft, draft.Status);
        Assert.Equal(1, draft.VersionNumber);
        Assert.Equal((2025, 2028), (draft.StartYear, draft.EndYear));
        Assert.Equal(["public-awareness", "skilled-workforce"], draft.Enablers);

        var consulting = await (await officer.TransitionAsync(draft.Id, "consult")).ReadPlanAsync();
        Assert.Equal(PlanStatus.Consultation, consulting.Status);

        var published = await (await officer.TransitionAsync(draft.Id, "publish")).ReadPlanAsync();
        Assert.Equal(PlanStatus.Published, published.Status);
        Assert.NotNull(published.PublishedAt);

        await using var db = plans.NewDbContext();
        var row = Assert.Single(await db.OutboxRowsAboutPlanAsync(draft.Id));
        Assert.Equal("csp:plans:plan-published:v1", row.MessageType);
        using var payload = JsonDocument.Parse(row.Payload);
        Assert.Equal(1, payload.RootElement.GetProperty("versionNumber").GetInt32());
        Assert.Equal(2025, payload.RootElement.GetProperty("startYear").GetInt32());
        Assert.Equal(2028, payload.RootElement.GetProperty("endYear").GetInt32());
        Assert.Equal(priority.Id, Assert.Single(payload.RootElement.GetProperty("priorityIds").EnumerateArray()).GetGuid());
        Assert.Equal(2, payload.RootElement.GetProperty("enablers").GetArrayLength());

        var audit = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.SubjectId == draft.Id.ToString()).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
        Assert.Equal(["plan-drafted", "plan-consultation-started", "plan-published"], audit);
    }

    [Fact]
    public async Task A_priority_that_is_not_adopted_cannot_be_drafted_into_a_plan_and_nothing_is_written()
    {
        var officer = plans.PartnershipOfficer();
        var adopted = await officer.PlanPriorityAsync("Fraud");
        var proposed = await officer.ProposeAsyncWithoutAdopting("Rural crime");
        await using var db = plans.NewDbContext();
        var before = await db.Plans.CountAsync();

        var response = await officer.PostAsJsonAsync("/api/plans/plans", PlanRequests.Draft([adopted.Id, proposed]));

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("priority-not-adopted", problem.GetProperty("rule").GetString());
        Assert.Contains(proposed.ToString(), problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(adopted.Id.ToString(), problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await db.Plans.CountAsync());
    }

    [Fact]
    public async Task A_draft_can_be_edited_but_a_plan_out_to_consultation_cannot()
    {
        var officer = plans.PartnershipOfficer();
        var first = await officer.PlanPriorityAsync("Drugs and alcohol");
        var second = await officer.PlanPriorityAsync("Modern slavery");
        var draft = await officer.DraftPlanAsync(first.Id);

        var edited = await officer.PutAsJsonAsync($"/api/plans/plans/{draft.Id}", new
        {
            title = "Safer Norfolk Plan (consultation draft)",
            priorityIds = new[] { first.Id, second.Id },
            enablers = new[] { "effective-interventions" },
        });
        var plan = await edited.ReadPlanAsync();
        Assert.Equal([first.Id, second.Id], plan.PriorityIds);
        Assert.Equal(["effective-interventions"], plan.Enablers);

        await officer.TransitionAsync(draft.Id, "consult");
        var refused = await officer.PutAsJsonAsync($"/api/plans/plans/{draft.Id}", new
        {
            title = "Late change",
            priorityIds = new[] { first.Id },
            enablers = Array.Empty<string>(),
        });

        var problem = await refused.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("plan-not-draft", problem.GetProperty("rule").GetString());
        var current = await officer.GetFromJsonAsync<PlanResponse>($"/api/plans/plans/{draft.Id}", TestJson.Options);
        Assert.Equal([first.Id, second.Id], current!.PriorityIds);
        Assert.Equal("Safer Norfolk Plan (consultation draft)", current.Title);
    }

    [Fact]
    public async Task An_unknown_enabler_in_an_edit_is_a_422_naming_it()
    {
        var officer = plans.PartnershipOfficer();
        var priority = await officer.PlanPriorityAsync("Hate crime");
        var draft = await officer.DraftPlanAsync(priority.Id);

        var response = await officer.PutAsJsonAsync($"/api/plans/plans/{draft.Id}", new
        {
            title = "Safer Norfolk Plan",
            priorityIds = new[] { priority.Id },
            enablers = new[] { "public-awareness", "more-patrols" },
        });

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("unknown-enabler", problem.GetProperty("rule").GetString());
        Assert.Contains("more-patrols", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_cannot_be_published_before_consultation()
    {
        var officer = plans.PartnershipOfficer();
        var priority = await officer.PlanPriorityAsync("Arson");
        var draft = await officer.DraftPlanAsync(priority.Id);

        var response = await officer.TransitionAsync(draft.Id, "publish");

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("plan-not-in-consultation", problem.GetProperty("rule").GetString());
        await using var db = plans.NewDbContext();
        Assert.Empty(await db.OutboxRowsAboutPlanAsync(draft.Id));
    }

    [Fact]
    public async Task Publishing_with_a_priority_without_a_delivery_group_is_a_422_naming_it_and_changes_nothing()
    {
        var officer = plans.PartnershipOfficer();
        var owned = await officer.ReadyPriorityAsync("Serious violence");
        var unowned = await officer.PlanPriorityAsync("Place-based crime and ASB", withDeliveryGroup: false);
        await officer.AddActionAsync(unowned.Id);
        var draft = await officer.DraftPlanAsync(owned.Id, unowned.Id);
        await officer.TransitionAsync(draft.Id, "consult");

        var response = await officer.TransitionAsync(draft.Id, "publish");

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("priority-without-delivery-group", problem.GetProperty("rule").GetString());
        Assert.Contains("Place-based crime and ASB", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Serious violence", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        await AssertStillInConsultationAsync(officer, draft.Id);
    }

    [Fact]
    public async Task Publishing_with_a_priority_without_actions_is_a_422_naming_it_and_leaves_the_published_version_in_force()
    {
        var officer = plans.PartnershipOfficer();
        var (first, ready) = await officer.PublishedPlanAsync("Drug-related harm");
        var idle = await officer.PlanPriorityAsync("Retail crime");
        var second = await (await officer.TransitionAsync(first.Id, "refresh")).ReadPlanAsync();
        (await officer.PutAsJsonAsync($"/api/plans/plans/{second.Id}", new
        {
            title = second.Title,
            priorityIds = new[] { ready.Id, idle.Id },
            enablers = second.Enablers,
        })).EnsureSuccessStatusCode();
        await officer.TransitionAsync(second.Id, "consult");

        var response = await officer.TransitionAsync(second.Id, "publish");

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("priority-without-actions", problem.GetProperty("rule").GetString());
        Assert.Contains(idle.Id.ToString(), problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ready.Id.ToString(), problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        await AssertStillInConsultationAsync(officer, second.Id);
        var stillInForce = await officer.GetFromJsonAsync<PlanResponse>($"/api/plans/plans/{first.Id}", TestJson.Options);
        Assert.Equal(PlanStatus.Published, stillInForce!.Status);

        await officer.AddActionAsync(idle.Id);
        var published = await (await officer.TransitionAsync(second.Id, "publish")).ReadPlanAsync();
        Assert.Equal(PlanStatus.Published, published.Status);
    }

    private async Task AssertStillInConsultationAsync(HttpClient officer, Guid planId)
    {
        var current = await officer.GetFromJsonAsync<PlanResponse>($"/api/plans/plans/{planId}", TestJson.Options);
        Assert.Equal(PlanStatus.Consultation, current!.Status);
        await using var db = plans.NewDbContext();
        Assert.Empty(await db.OutboxRowsAboutPlanAsync(planId));
    }

    [Fact]
    public async Task A_refresh_is_a_new_draft_version_and_publishing_it_supersedes_the_old_version_which_stays_as_history()
    {
        var officer = plans.PartnershipOfficer();
        var (first, priority) = await officer.PublishedPlanAsync("Preventing violent extremism");

        var refreshed = await officer.TransitionAsync(first.Id, "refresh");

        Assert.Equal(HttpStatusCode.Created, refreshed.StatusCode);
        var second = await refreshed.ReadPlanAsync();
        Assert.Equal((2, first.Id, first.SeriesId), (second.VersionNumber, second.PreviousVersionId, second.SeriesId));
        Assert.Equal(PlanStatus.Draft, second.Status);
        Assert.Equal(first.PriorityIds, second.PriorityIds);
        Assert.Equal(first.Enablers, second.Enablers);
        var stillInForce = await officer.GetFromJsonAsync<PlanResponse>($"/api/plans/plans/{first.Id}", TestJson.Options);
        Assert.Equal(PlanStatus.Published, stillInForce!.Status);

        await officer.TransitionAsync(second.Id, "consult");
        var published = await (await officer.TransitionAsync(second.Id, "publish")).ReadPlanAsync();

        Assert.Equal(PlanStatus.Published, published.Status);
        var versions = await officer.GetFromJsonAsync<List<PlanResponse>>($"/api/plans/plans/{second.Id}/versions", TestJson.Options);
        Assert.Equal([(1, PlanStatus.Superseded), (2, PlanStatus.Published)], versions!.Select(v => (v.VersionNumber, v.Status)).ToList());
        Assert.Equal([priority.Id], versions![0].PriorityIds);

        await using var db = plans.NewDbContext();
        using var payload = JsonDocument.Parse(Assert.Single(await db.OutboxRowsAboutPlanAsync(second.Id)).Payload);
        Assert.Equal(2, payload.RootElement.GetProperty("versionNumber").GetInt32());
        Assert.Equal(first.Id, payload.RootElement.GetProperty("supersededPlanId").GetGuid());
        var audit = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.SubjectId == first.Id.ToString()).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
        Assert.Equal("plan-superseded", audit[^1]);
    }

    [Fact]
    public async Task A_published_version_is_refreshed_once_and_a_draft_is_not_refreshed_at_all()
    {
        var officer = plans.PartnershipOfficer();
        var (first, _) = await officer.PublishedPlanAsync("Water safety on the Broads");
        var second = await (await officer.TransitionAsync(first.Id, "refresh")).ReadPlanAsync();

        var again = await officer.TransitionAsync(first.Id, "refresh");
        var ofDraft = await officer.TransitionAsync(second.Id, "refresh");

        Assert.Equal("plan-already-refreshed", (await again.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        Assert.Equal("plan-not-published", (await ofDraft.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        var versions = await officer.GetFromJsonAsync<List<PlanResponse>>($"/api/plans/plans/{first.Id}/versions", TestJson.Options);
        Assert.Equal(2, versions!.Count);
    }

    [Fact]
    public async Task A_change_made_with_a_stale_ETag_is_a_409_with_the_current_version_and_changes_nothing()
    {
        var officer = plans.PartnershipOfficer();
        var priority = await officer.PlanPriorityAsync("Cuckooing");
        var draft = await officer.DraftPlanAsync(priority.Id);
        var read = await officer.GetAsync($"/api/plans/plans/{draft.Id}");
        var etag = read.Headers.ETag!.ToString();
        var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/plans/plans/{draft.Id}")
        {
            Content = JsonContent.Create(new { title = "Edited elsewhere", priorityIds = new[] { priority.Id }, enablers = Array.Empty<string>() }),
        };
        edit.Headers.TryAddWithoutValidation("If-Match", etag);
        var edited = await (await officer.SendAsync(edit)).ReadPlanAsync();

        var stale = await officer.TransitionAsync(draft.Id, "consult", etag);

        var problem = await stale.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("stale-version", problem.GetProperty("rule").GetString());
        Assert.Equal(edited.Version, problem.GetProperty("currentVersion").GetUInt32());
        var current = await officer.GetFromJsonAsync<PlanResponse>($"/api/plans/plans/{draft.Id}", TestJson.Options);
        Assert.Equal(PlanStatus.Draft, current!.Status);

        var fresh = await officer.TransitionAsync(draft.Id, "consult", $"\"{edited.Version}\"");
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task An_unknown_plan_is_a_404_problem()
    {
        var officer = plans.PartnershipOfficer();

        var problem = await (await officer.GetAsync($"/api/plans/plans/{Guid.NewGuid()}")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("plan-not-found", problem.GetProperty("rule").GetString());
        await (await officer.TransitionAsync(Guid.NewGuid(), "publish")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Listing_pages_through_every_plan_once_in_a_stable_order_and_filters_by_status()
    {
        var officer = plans.PartnershipOfficer();
        var priority = await officer.PlanPriorityAsync("Listing");
        for (var i = 0; i < 3; i++)
        {
            await officer.DraftPlanAsync(priority.Id);
        }

        var seen = new List<Guid>();
        Guid? after = null;
        do
        {
            var page = await officer.GetFromJsonAsync<Page<PlanResponse>>(
                $"/api/plans/plans?limit=2{(after is null ? "" : $"&after={after}")}", TestJson.Options);
            seen.AddRange(page!.Items.Select(p => p.Id));
            after = page.NextAfter;
        }
        while (after is not null);

        Assert.Equal(seen.Order().ToList(), seen);
        Assert.Equal(seen.Distinct().Count(), seen.Count);
        await using var db = plans.NewDbContext();
        Assert.Equal(await db.Plans.CountAsync(), seen.Count);

        var drafts = await officer.GetFromJsonAsync<Page<PlanResponse>>("/api/plans/plans?status=draft&limit=200", TestJson.Options);
        Assert.All(drafts!.Items, p => Assert.Equal(PlanStatus.Draft, p.Status));
    }
}
