using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Domain;
using Plans.Api.Priorities;
using Plans.Tests.Infrastructure;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Http;

namespace Plans.Tests.Priorities;

public class PriorityLifecycleTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    [Fact]
    public async Task Adopting_a_priority_stores_it_publishes_PriorityAdopted_and_audits_both_changes()
    {
        var officer = plans.PartnershipOfficer();
        var proposed = await officer.ProposeAsync("Road safety");

        var response = await officer.PostAsync($"/api/plans/priorities/{proposed.Id}/adopt", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var adopted = await response.Content.ReadFromJsonAsync<PriorityResponse>(TestJson.Options);
        Assert.Equal(PriorityStatus.Adopted, adopted!.Status);

        await using var db = plans.NewDbContext();
        var adoptedEvent = Assert.Single(await db.OutboxRowsAboutAsync(proposed.Id));
        Assert.Equal("csp:plans:priority-adopted:v1", adoptedEvent.MessageType);

        var audit = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.SubjectId == proposed.Id.ToString())
            .OrderBy(e => e.Id)
            .Select(e => e.Action)
            .ToListAsync();
        Assert.Equal(["priority-proposed", "priority-adopted"], audit);
    }

    [Fact]
    public async Task The_relay_publishes_the_event_to_the_broker()
    {
        var officer = plans.PartnershipOfficer();
        var proposed = await officer.ProposeAsync("Fraud");
        await officer.PostAsync($"/api/plans/priorities/{proposed.Id}/adopt", null);

        await using var db = plans.NewDbContext();
        var dispatched = await Eventually.TrueAsync(async () =>
            (await db.OutboxRowsAboutAsync(proposed.Id)).Any(m => m.DispatchedAt != null));

        Assert.True(dispatched, "the PriorityAdopted outbox row was never marked dispatched");
    }

    [Fact]
    public async Task Adopting_twice_is_a_conflict_naming_the_rule_and_publishes_nothing_more()
    {
        var officer = plans.PartnershipOfficer();
        var proposed = await officer.ProposeAsync("Modern slavery");
        await officer.PostAsync($"/api/plans/priorities/{proposed.Id}/adopt", null);

        var second = await officer.PostAsync($"/api/plans/priorities/{proposed.Id}/adopt", null);

        var problem = await second.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("priority-not-proposed", problem.GetProperty("rule").GetString());
        await using var db = plans.NewDbContext();
        Assert.Single(await db.OutboxRowsAboutAsync(proposed.Id));
    }

    [Fact]
    public async Task Retiring_a_priority_that_was_never_adopted_is_refused_and_leaves_it_proposed()
    {
        var officer = plans.PartnershipOfficer();
        var proposed = await officer.ProposeAsync("Drugs and alcohol");

        var response = await officer.PostAsync($"/api/plans/priorities/{proposed.Id}/retire", null);

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("priority-not-adopted", problem.GetProperty("rule").GetString());
        var current = await officer.GetFromJsonAsync<PriorityResponse>($"/api/plans/priorities/{proposed.Id}", TestJson.Options);
        Assert.Equal(PriorityStatus.Proposed, current!.Status);
    }

    [Fact]
    public async Task Retiring_an_adopted_priority_publishes_PriorityRetired()
    {
        var officer = plans.PartnershipOfficer();
        var proposed = await officer.ProposeAsync("Preventing violent extremism");
        await officer.PostAsync($"/api/plans/priorities/{proposed.Id}/adopt", null);

        var response = await officer.PostAsync($"/api/plans/priorities/{proposed.Id}/retire", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = plans.NewDbContext();
        var types = (await db.OutboxRowsAboutAsync(proposed.Id)).Select(m => m.MessageType).ToList();
        Assert.Equal(["csp:plans:priority-adopted:v1", "csp:plans:priority-retired:v1"], types);
    }

    [Fact]
    public async Task An_unknown_priority_is_a_404_problem()
    {
        var response = await plans.PartnershipOfficer().PostAsync($"/api/plans/priorities/{Guid.NewGuid()}/adopt", null);

        var problem = await response.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("priority-not-found", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Listing_pages_through_every_priority_once_in_a_stable_order()
    {
        var officer = plans.PartnershipOfficer();
        for (var i = 0; i < 3; i++)
        {
            await officer.ProposeAsync($"Place-based crime {i}");
        }

        var seen = new List<Guid>();
        Guid? after = null;
        do
        {
            var page = await officer.GetFromJsonAsync<Page<PriorityResponse>>(
                $"/api/plans/priorities?limit=2{(after is null ? "" : $"&after={after}")}", TestJson.Options);
            seen.AddRange(page!.Items.Select(p => p.Id));
            after = page.NextAfter;
        }
        while (after is not null);

        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.Equal(seen.Order().ToList(), seen);
        await using var db = plans.NewDbContext();
        Assert.Equal(await db.Priorities.CountAsync(), seen.Count);
    }
}
