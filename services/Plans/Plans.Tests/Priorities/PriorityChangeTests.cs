using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Domain;
using Plans.Api.Priorities;
using Plans.Tests.Actions;
using Plans.Tests.Infrastructure;

namespace Plans.Tests.Priorities;

/// <summary>Codes, delivery groups, optimistic concurrency and retiring with open actions.</summary>
public class PriorityChangeTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    [Fact]
    public async Task A_priority_can_be_proposed_with_a_code_and_a_delivery_group()
    {
        var officer = plans.PartnershipOfficer();
        var group = await officer.CreateGroupAsync("Water Safety Partnership");

        var proposed = await officer.ProposeAsync("Water safety", code: "water-safety", deliveryGroupId: group.Id);

        var read = await officer.GetFromJsonAsync<PriorityResponse>($"/api/plans/priorities/{proposed.Id}", TestJson.Options);
        Assert.Equal(("water-safety", group.Id), (read!.Code, read.DeliveryGroupId));
    }

    [Fact]
    public async Task A_code_another_priority_has_is_a_conflict_and_writes_nothing()
    {
        var officer = plans.PartnershipOfficer();
        await officer.ProposeAsync("Fraud", code: "fraud");
        var before = await CountAsync();

        var second = await officer.PostAsJsonAsync("/api/plans/priorities", PriorityRequests.ValidProposal("Fraud again", code: "fraud"));

        var problem = await second.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("priority-code-taken", problem.GetProperty("rule").GetString());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Proposing_with_a_delivery_group_that_does_not_exist_is_a_422_and_writes_nothing()
    {
        var before = await CountAsync();

        var response = await plans.PartnershipOfficer().PostAsJsonAsync(
            "/api/plans/priorities", PriorityRequests.ValidProposal("Ghost group", deliveryGroupId: Guid.NewGuid()));

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("unknown-delivery-group", problem.GetProperty("rule").GetString());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Assigning_a_delivery_group_changes_the_priority_and_is_audited()
    {
        var officer = plans.PartnershipOfficer();
        var group = await officer.CreateGroupAsync("Domestic Abuse and Sexual Violence Group");
        var priority = await officer.ProposeAsync("Domestic abuse");

        var response = await officer.PutAsJsonAsync($"/api/plans/priorities/{priority.Id}/delivery-group", new { deliveryGroupId = group.Id });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = await officer.GetFromJsonAsync<PriorityResponse>($"/api/plans/priorities/{priority.Id}", TestJson.Options);
        Assert.Equal(group.Id, read!.DeliveryGroupId);
        var audit = await officer.GetFromJsonAsync<JsonElement>($"/api/plans/audit?subjectId={priority.Id}");
        Assert.Contains(audit.GetProperty("entries").EnumerateArray(), e => e.GetProperty("action").GetString() == "priority-delivery-group-assigned");
    }

    [Fact]
    public async Task Assigning_an_unknown_delivery_group_is_a_422_and_changes_nothing()
    {
        var officer = plans.PartnershipOfficer();
        var priority = await officer.ProposeAsync("Anti-social behaviour");

        var response = await officer.PutAsJsonAsync($"/api/plans/priorities/{priority.Id}/delivery-group", new { deliveryGroupId = Guid.NewGuid() });

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("unknown-delivery-group", problem.GetProperty("rule").GetString());
        var read = await officer.GetFromJsonAsync<PriorityResponse>($"/api/plans/priorities/{priority.Id}", TestJson.Options);
        Assert.Null(read!.DeliveryGroupId);
    }

    [Fact]
    public async Task A_retired_priority_cannot_be_given_another_delivery_group()
    {
        var officer = plans.PartnershipOfficer();
        var group = await officer.CreateGroupAsync("Late group");
        var priority = await officer.AdoptedPriorityAsync("Retired before owned");
        (await officer.PostAsync($"/api/plans/priorities/{priority.Id}/retire", null)).EnsureSuccessStatusCode();

        var response = await officer.PutAsJsonAsync($"/api/plans/priorities/{priority.Id}/delivery-group", new { deliveryGroupId = group.Id });

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("priority-retired", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_change_made_with_a_stale_ETag_is_a_409_with_the_current_version_and_changes_nothing()
    {
        var officer = plans.PartnershipOfficer();
        var group = await officer.CreateGroupAsync("Concurrency group");
        var priority = await officer.ProposeAsync("Concurrency");
        var first = await officer.GetAsync($"/api/plans/priorities/{priority.Id}");
        var staleTag = first.Headers.ETag!.Tag;
        var changed = await SendAsync(officer, HttpMethod.Put, $"/api/plans/priorities/{priority.Id}/delivery-group", staleTag, new { deliveryGroupId = group.Id });
        changed.EnsureSuccessStatusCode();

        var stale = await SendAsync(officer, HttpMethod.Post, $"/api/plans/priorities/{priority.Id}/adopt", staleTag);

        var problem = await stale.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("stale-version", problem.GetProperty("rule").GetString());
        var current = await officer.GetAsync($"/api/plans/priorities/{priority.Id}");
        var read = await current.Content.ReadFromJsonAsync<PriorityResponse>(TestJson.Options);
        Assert.Equal(read!.Version, problem.GetProperty("currentVersion").GetUInt32());
        Assert.Equal($"\"{read.Version}\"", current.Headers.ETag!.Tag);
        Assert.Equal(PriorityStatus.Proposed, read.Status);
    }

    [Fact]
    public async Task Retiring_with_a_stale_ETag_is_refused()
    {
        var officer = plans.PartnershipOfficer();
        var priority = await officer.AdoptedPriorityAsync("Stale retire");
        var tagBeforeAdopting = $"\"{priority.Version}\"";

        var response = await SendAsync(officer, HttpMethod.Post, $"/api/plans/priorities/{priority.Id}/retire", tagBeforeAdopting);

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("stale-version", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Retiring_a_priority_with_open_actions_is_a_conflict_and_nothing_changes()
    {
        var officer = plans.PartnershipOfficer();
        var priority = await officer.AdoptedPriorityAsync("Open work");
        var done = await officer.AddActionAsync(priority.Id);
        await officer.AddActionAsync(priority.Id);
        (await officer.SetStatusAsync(done.Id, "complete")).EnsureSuccessStatusCode();

        var response = await officer.PostAsync($"/api/plans/priorities/{priority.Id}/retire", null);

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("priority-has-open-actions", problem.GetProperty("rule").GetString());
        var read = await officer.GetFromJsonAsync<PriorityResponse>($"/api/plans/priorities/{priority.Id}", TestJson.Options);
        Assert.Equal(PriorityStatus.Adopted, read!.Status);
        await using var db = plans.NewDbContext();
        Assert.DoesNotContain(await db.OutboxRowsAboutAsync(priority.Id), m => m.MessageType == "csp:plans:priority-retired:v1");
    }

    [Fact]
    public async Task A_priority_whose_actions_are_all_complete_can_be_retired()
    {
        var officer = plans.PartnershipOfficer();
        var priority = await officer.AdoptedPriorityAsync("Finished work");
        var action = await officer.AddActionAsync(priority.Id);
        (await officer.SetStatusAsync(action.Id, "complete")).EnsureSuccessStatusCode();

        var response = await officer.PostAsync($"/api/plans/priorities/{priority.Id}/retire", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Retiring_while_actions_are_being_added_never_leaves_a_retired_priority_with_open_actions()
    {
        var officer = plans.PartnershipOfficer();
        for (var round = 0; round < 5; round++)
        {
            var priority = await officer.AdoptedPriorityAsync($"Race {round}");

            var adds = Enumerable.Range(0, 4).Select(_ => officer.PostAsJsonAsync(
                $"/api/plans/priorities/{priority.Id}/actions", ActionRequests.ValidAction()));
            var retire = officer.PostAsync($"/api/plans/priorities/{priority.Id}/retire", null);
            var responses = await Task.WhenAll(adds.Append(retire));

            Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK or HttpStatusCode.Conflict, $"{r.StatusCode}"));
            await using var db = plans.NewDbContext();
            var status = await db.Priorities.Where(p => p.Id == priority.Id).Select(p => p.Status).SingleAsync();
            var open = await db.DeliveryActions.CountAsync(a => a.PriorityId == priority.Id && a.Status != ActionStatus.Complete);
            Assert.False(status == PriorityStatus.Retired && open > 0, $"round {round}: retired with {open} open action(s)");
        }
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string ifMatch, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    private async Task<int> CountAsync()
    {
        _ = plans.Server;
        await using var db = plans.NewDbContext();
        return await db.Priorities.CountAsync();
    }
}
