using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;
using Prevent.Api.Data;
using Prevent.Api.Domain;
using Prevent.Tests.Infrastructure;
using static Prevent.Tests.Infrastructure.PreventRequests;

namespace Prevent.Tests.Retention;

/// <summary>
/// The free text of the decisions about a person (triage reasoning, the panel's assessment and reasons) is removed three
/// years after the case ended, before the person's details are; a case still open keeps it, and minimising a referral
/// removes it too.
/// </summary>
public class DecisionTextRetentionTests(PreventApiFactory prevent) : IClassFixture<PreventApiFactory>
{
    private static readonly DateTimeOffset TriageDay = PreventApiFactory.DefaultNow.AddHours(26);
    private static readonly DateTimeOffset PanelDay = new(2025, 7, 30, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_case_not_adopted_loses_its_decision_text_three_years_after_the_panel_and_keeps_the_outcome()
    {
        var notAdopted = await TriagedToChannelAsync("Nico Notadopted");
        var awaitingPanel = await TriagedToChannelAsync("Ash Awaiting");
        prevent.Clock.Now = PreventApiFactory.DefaultNow;
        var endedAtTriage = await prevent.PartnerSystem().SubmittedAsync(Referral(name: "Noor Nofurther"));
        prevent.Clock.Now = TriageDay;
        await prevent.PoliceOfficer().ChangeAsync(
            endedAtTriage.Id, "triage", new() { ["outcome"] = "no-further-action", ["reason"] = "Family support already in place." });
        prevent.Clock.Now = PanelDay;
        var meeting = await prevent.PreventLead().MeetingAsync();
        await prevent.PanelMember().ChangeAsync(notAdopted, "panel-decision", Panel(meeting, adopt: false));

        prevent.Clock.Now = TriageDay.AddYears(3).AddDays(-3); // every cutoff before the triage
        var early = await RunAsync();
        prevent.Clock.Now = PanelDay.AddYears(3).AddDays(2);
        var due = await RunAsync();
        var again = await RunAsync();

        Assert.Equal((0, 0), (early[Rules.DecisionText], early[Rules.EndedAtTriage]));
        // The referral that ended at triage is minimised, which removes its decision text too: counted once, there.
        Assert.Equal((1, 1), (due[Rules.DecisionText], due[Rules.EndedAtTriage]));
        Assert.Equal((0, 0), (again[Rules.DecisionText], again[Rules.EndedAtTriage]));
        await using var db = prevent.NewDbContext();
        var decided = await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == notAdopted);
        Assert.Equal((Prevent.Api.Domain.Referral.Removed, Prevent.Api.Domain.Referral.Removed, Prevent.Api.Domain.Referral.Removed),
            (decided.Triage!.Reason, decided.PanelDecision!.VulnerabilityAssessment, decided.PanelDecision.Reason));
        Assert.Equal(("Nico Notadopted", ReferralStatus.NotAdopted, false, DateOnly.FromDateTime(PanelDay.UtcDateTime)),
            (decided.Person.Name, decided.Status, decided.PanelDecision.Adopt, decided.PanelHeldOn!.Value));
        var open = await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == awaitingPanel);
        Assert.Equal("Vulnerable to radicalisation.", open.Triage!.Reason);
        var minimised = await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == endedAtTriage.Id);
        Assert.Equal((Prevent.Api.Domain.Referral.Removed, Prevent.Api.Domain.Referral.Removed), (minimised.Person.Name, minimised.Triage!.Reason));
        Assert.NotNull(minimised.DecisionTextRemovedAt);
        var audit = await db.Set<AuditEntry>().SingleAsync(e => e.Action == "retention-applied" && e.SubjectId == Rules.DecisionText);
        Assert.Matches("\"records\":\\s*1\\b", audit.After);
        Assert.DoesNotContain("Isolated", audit.After, StringComparison.Ordinal);
        prevent.Clock.Now = PreventApiFactory.DefaultNow;
    }

    private async Task<Guid> TriagedToChannelAsync(string name)
    {
        prevent.Clock.Now = PreventApiFactory.DefaultNow;
        var referral = await prevent.PartnerSystem().SubmittedAsync(Referral(name: name));
        prevent.Clock.Now = TriageDay;
        await prevent.PoliceOfficer().ChangeAsync(referral.Id, "triage", new() { ["outcome"] = "channel", ["reason"] = "Vulnerable to radicalisation." });
        return referral.Id;
    }

    private Task<IReadOnlyDictionary<string, int>> RunAsync() => prevent.RunRetentionAsync<PreventDbContext>();

    private static class Rules
    {
        public const string DecisionText = "prevent-decision-text";
        public const string EndedAtTriage = "prevent-referral-no-further-action";
    }
}
