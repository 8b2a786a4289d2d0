using System.Text.Json;
using System.Net;
using System.Net.Http.Json;
using CommunityTrigger.Api.Cases;
using CommunityTrigger.Api.Cases.ListPendingDecisions;
using CommunityTrigger.Api.Domain;
using CommunityTrigger.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;
using static CommunityTrigger.Tests.Infrastructure.TriggerRequests;

namespace CommunityTrigger.Tests.Cases;

/// <summary>The core slice: a public application, the SPOC's threshold decision, the applicant's status check.</summary>
public class ApplicationToDecisionTests(CommunityTriggerApiFactory trigger) : IClassFixture<CommunityTriggerApiFactory>
{
    [Fact]
    public async Task A_public_application_is_decided_by_the_districts_spoc_and_the_applicant_sees_the_outcome_by_reference()
    {
        trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow;
        var receipt = await trigger.Public().SubmitAsync(Application());

        Assert.Equal((new DateOnly(2025, 7, 15), new DateOnly(2025, 7, 29)), (receipt.ReceivedOn, receipt.DecisionDueOn));
        var spoc = trigger.Spoc();
        var pending = await spoc.GetFromJsonAsync<List<PendingDecision>>("/api/community-trigger/cases/pending-decisions", TestJson.Options);
        var caseId = Assert.Single(pending!, p => p.Case.ReceivedOn == receipt.ReceivedOn && p.Case.Status == CaseStatus.Received).Case.Id;

        trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow.AddDays(2);
        var decided = await spoc.SucceedAsync($"/api/community-trigger/cases/{caseId}/threshold-decision");

        Assert.Equal(CaseStatus.ThresholdMet, decided.Status);
        Assert.Equal("2014-default", decided.ThresholdDecision!.RuleVersion);
        Assert.Equal([ThresholdRoute.Standard], decided.ThresholdDecision.RoutesMet);
        var status = await (await trigger.Public().CheckStatusAsync(receipt.Reference)).Content.ReadFromJsonAsync<ApplicationStatus>(TestJson.Options);
        Assert.Equal((CaseStatus.ThresholdMet, true), (status!.Status, status.ThresholdMet));
        Assert.Equal(3, status.Complaints!.Count(c => c.Qualifies));
    }

    [Fact]
    public async Task Receipt_publishes_CommunityTriggerApplicationReceived_without_personal_data_and_audits_each_step()
    {
        trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow;
        var entered = await trigger.Spoc().EnterAsync(Application());
        await trigger.Public().CheckStatusAsync(entered.Reference);

        await using var db = trigger.NewDbContext();
        var received = Assert.Single(await db.EventsAboutAsync(entered.Case.Id));
        Assert.Equal("csp:community-trigger:application-received:v1", received.MessageType);
        var payload = JsonDocument.Parse(received.Payload).RootElement;
        Assert.Equal(("norwich", "phone", 3), (payload.GetProperty("district").GetString(), payload.GetProperty("channel").GetString(), payload.GetProperty("incidentCount").GetInt32()));
        Assert.DoesNotContain(ApplicantName, received.Payload, StringComparison.Ordinal);
        Assert.DoesNotContain("shouting", received.Payload, StringComparison.Ordinal);
        var audit = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.SubjectId == entered.Case.Id.ToString()).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
        Assert.Equal(["application-received", "status-checked"], audit);
    }

    [Fact]
    public async Task The_relay_publishes_the_application_received_event_to_the_broker()
    {
        trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow;
        var entered = await trigger.Spoc().EnterAsync(Application());

        await using var db = trigger.NewDbContext();
        var dispatched = await Eventually.TrueAsync(async () => (await db.EventsAboutAsync(entered.Case.Id)).Any(m => m.DispatchedAt != null));

        Assert.True(dispatched, "the CommunityTriggerApplicationReceived outbox row was never marked dispatched");
    }

    [Fact]
    public async Task Only_a_hash_of_the_reference_is_stored_and_a_wrong_reference_is_not_found()
    {
        trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow;
        var receipt = await trigger.Public().SubmitAsync(Application());

        await using var db = trigger.NewDbContext();
        Assert.True(await db.Cases.AnyAsync(c => c.StatusTokenHash == StatusToken.Hash(receipt.Reference)));
        Assert.False(await db.Cases.AnyAsync(c => c.StatusTokenHash == receipt.Reference));
        var wrong = await trigger.Public().CheckStatusAsync(receipt.Reference[..^1] + (receipt.Reference[^1] == 'A' ? 'B' : 'A'));
        var problem = await wrong.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("reference-not-found", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_decision_below_the_threshold_tells_the_applicant_why_each_complaint_did_not_count()
    {
        trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow;
        var entered = await trigger.Spoc().EnterAsync(Application("norwich", ("2025-04-01", "2025-05-02"), ("2025-06-01", "2025-06-03")));

        var decided = await trigger.Spoc().SucceedAsync($"/api/community-trigger/cases/{entered.Case.Id}/threshold-decision");

        Assert.Equal(CaseStatus.ThresholdNotMet, decided.Status);
        var status = await (await trigger.Public().CheckStatusAsync(entered.Reference)).Content.ReadFromJsonAsync<ApplicationStatus>(TestJson.Options);
        var late = Assert.Single(status!.Complaints!, c => !c.Qualifies);
        Assert.Equal(NonQualifyingReason.ReportedTooLate, late.Reason);
        Assert.Contains("deadline 2025-05-01", late.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rule_version_in_force_on_the_receipt_date_decides_even_after_a_newer_version_starts()
    {
        var hateIncidentOnly = Application("norwich", ("2025-08-20", "2025-08-21"));
        hateIncidentOnly["incidents"]![0]!["hateMotivated"] = true;
        trigger.Clock.Now = new DateTimeOffset(2025, 8, 29, 9, 0, 0, TimeSpan.Zero);
        var beforeChange = await trigger.Spoc().EnterAsync(hateIncidentOnly.DeepClone().AsObject());
        trigger.Clock.Now = new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero);
        var afterChange = await trigger.Spoc().EnterAsync(hateIncidentOnly);

        var oldRules = await trigger.Spoc().SucceedAsync($"/api/community-trigger/cases/{beforeChange.Case.Id}/threshold-decision");
        var newRules = await trigger.Spoc().SucceedAsync($"/api/community-trigger/cases/{afterChange.Case.Id}/threshold-decision");

        Assert.Equal(("2014-default", false), (oldRules.ThresholdDecision!.RuleVersion, oldRules.ThresholdDecision.Met));
        Assert.Equal(("norfolk-2025-hate-route", true), (newRules.ThresholdDecision!.RuleVersion, newRules.ThresholdDecision.Met));
        Assert.Equal([ThresholdRoute.HateIncident], newRules.ThresholdDecision.RoutesMet);
    }

    [Fact]
    public async Task Deciding_twice_is_a_conflict_naming_the_rule_and_changes_nothing()
    {
        trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow;
        var entered = await trigger.Spoc().EnterAsync(Application());
        var path = $"/api/community-trigger/cases/{entered.Case.Id}/threshold-decision";
        await trigger.Spoc().SucceedAsync(path);

        var second = await trigger.Spoc().PostAsync(path, null);

        var problem = await second.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("invalid-case-transition", problem.GetProperty("rule").GetString());
        await using var db = trigger.NewDbContext();
        Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(e => e.SubjectId == entered.Case.Id.ToString() && e.Action == "threshold-decided"));
    }
}
