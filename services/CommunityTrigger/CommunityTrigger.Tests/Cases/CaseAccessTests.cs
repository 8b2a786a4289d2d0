using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CommunityTrigger.Api.Cases.ListPendingDecisions;
using CommunityTrigger.Tests.Infrastructure;
using Platform.Contracts;
using Platform.Testing;
using static CommunityTrigger.Tests.Infrastructure.TriggerRequests;

namespace CommunityTrigger.Tests.Cases;

/// <summary>SPOCs work within their own district; partnership officers across all; the public only by reference.</summary>
public class CaseAccessTests(CommunityTriggerApiFactory trigger) : IClassFixture<CommunityTriggerApiFactory>
{
    [Fact]
    public async Task A_spoc_from_another_district_can_neither_see_nor_change_the_case()
    {
        trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow;
        var entered = await trigger.Spoc(Districts.Norwich).EnterAsync(Application());
        var breckland = trigger.Spoc(Districts.Breckland);

        var read = await breckland.GetAsync($"/api/community-trigger/cases/{entered.Case.Id}");
        var decide = await breckland.PostAsync($"/api/community-trigger/cases/{entered.Case.Id}/threshold-decision", null);
        var pending = await breckland.GetFromJsonAsync<List<PendingDecision>>("/api/community-trigger/cases/pending-decisions", TestJson.Options);

        Assert.Equal("case-not-found", (await read.ReadProblemAsync(HttpStatusCode.NotFound)).GetProperty("rule").GetString());
        await decide.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(pending!, p => p.Case.Id == entered.Case.Id);
    }

    [Fact]
    public async Task A_partnership_officer_sees_every_district()
    {
        trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow;
        var entered = await trigger.Spoc(Districts.GreatYarmouth).EnterAsync(Application(Districts.GreatYarmouth), "written");

        var read = await trigger.PartnershipOfficer().GetAsync($"/api/community-trigger/cases/{entered.Case.Id}");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task A_spoc_cannot_enter_an_application_for_another_district()
    {
        var response = await trigger.Spoc(Districts.Norwich).PostAsJsonAsync(
            "/api/community-trigger/cases", new JsonObject { ["channel"] = "phone", ["application"] = Application(Districts.Broadland) });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("application.district", out _), problem.ToString());
    }

    [Fact]
    public async Task Staff_endpoints_need_a_token_and_a_trigger_role()
    {
        var anonymous = await trigger.Public().GetAsync("/api/community-trigger/cases/pending-decisions");
        var analyst = trigger.ClientWithToken(trigger.Token(Agencies.Opcc, [Roles.Analyst], Districts.Norwich));
        var forbidden = await analyst.GetAsync("/api/community-trigger/cases/pending-decisions");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task Reading_a_case_is_audited()
    {
        trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow;
        var entered = await trigger.Spoc().EnterAsync(Application());

        await trigger.Spoc().GetAsync($"/api/community-trigger/cases/{entered.Case.Id}");

        await using var db = trigger.NewDbContext();
        Assert.Contains(
            db.Set<Platform.ServiceDefaults.Audit.AuditEntry>().Where(e => e.SubjectId == entered.Case.Id.ToString()).Select(e => e.Action),
            action => action == "case-viewed");
    }
}
