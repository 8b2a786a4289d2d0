using System.Net;
using System.Net.Http.Json;
using Plans.Api.Actions.ActionHistory;
using Plans.Api.Domain;
using Plans.Tests.Infrastructure;
using Platform.Contracts;

namespace Plans.Tests.Actions;

public class ActionAccessTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    [Fact]
    public async Task A_delivery_lead_updates_their_own_agencys_action_and_the_history_names_them()
    {
        var officer = plans.PartnershipOfficer();
        var action = await officer.AddActionAsync((await officer.AdoptedPriorityAsync()).Id, ownerAgency: Agencies.Constabulary);
        var lead = plans.DeliveryLead(Agencies.Constabulary, subject: "dci-smith-account");

        var response = await lead.SetStatusAsync(action.Id, "on-track", "First cohort booked");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var history = await lead.GetFromJsonAsync<ActionHistoryResponse>($"/api/plans/actions/{action.Id}/history", TestJson.Options);
        Assert.Equal("dci-smith-account", Assert.Single(history!.Changes).By);
    }

    [Fact]
    public async Task A_delivery_lead_of_another_agency_is_forbidden_and_nothing_changes()
    {
        var officer = plans.PartnershipOfficer();
        var action = await officer.AddActionAsync((await officer.AdoptedPriorityAsync()).Id, ownerAgency: Agencies.Constabulary);

        var response = await plans.DeliveryLead(Agencies.Probation).SetStatusAsync(action.Id, "complete", "Not mine");

        var problem = await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("not-owner-agency", problem.GetProperty("rule").GetString());
        Assert.Equal(ActionStatus.NotStarted, (await officer.GetActionAsync(action.Id)).Status);
    }

    [Fact]
    public async Task A_delivery_lead_cannot_add_actions()
    {
        var officer = plans.PartnershipOfficer();
        var priority = await officer.AdoptedPriorityAsync();

        var response = await plans.DeliveryLead(Agencies.Constabulary)
            .PostAsJsonAsync($"/api/plans/priorities/{priority.Id}/actions", ActionRequests.ValidAction());

        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_analyst_reads_work_plans_but_cannot_change_a_status_even_of_their_agencys_action()
    {
        var officer = plans.PartnershipOfficer();
        var priority = await officer.AdoptedPriorityAsync();
        var action = await officer.AddActionAsync(priority.Id, ownerAgency: Agencies.Opcc);
        var analyst = plans.As(Agencies.Opcc, "analyst-1", Roles.Analyst);

        var change = await analyst.SetStatusAsync(action.Id, "on-track");

        await change.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync($"/api/plans/priorities/{priority.Id}/actions")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync($"/api/plans/actions/{action.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/api/plans/composite-action-plan")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_callers_cannot_read_actions()
    {
        var response = await plans.ClientWithToken(null).GetAsync("/api/plans/composite-action-plan");

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }
}
