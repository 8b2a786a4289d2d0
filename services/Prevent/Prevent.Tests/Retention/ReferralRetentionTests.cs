using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;
using Platform.Testing;
using Prevent.Api.Data;
using Prevent.Api.Domain;
using Prevent.Tests.Infrastructure;
using static Prevent.Tests.Infrastructure.PreventRequests;

namespace Prevent.Tests.Retention;

/// <summary>
/// A referral that ended with no further action is minimised three years after triage by the service's retention job,
/// once, audited by count; a case still open is not touched.
/// </summary>
public class ReferralRetentionTests(PreventApiFactory prevent) : IClassFixture<PreventApiFactory>
{
    [Fact]
    public async Task A_no_further_action_referral_loses_the_person_s_details_three_years_after_triage_and_an_open_one_keeps_them()
    {
        prevent.Clock.Now = PreventApiFactory.DefaultNow;
        var ended = await prevent.PartnerSystem().SubmittedAsync(Referral(name: "Robin Retained"));
        var open = await prevent.PartnerSystem().SubmittedAsync(Referral(name: "Sam Stillopen"));
        var triage = await prevent.PoliceOfficer().PostAsJsonAsync(
            $"/api/prevent/referrals/{ended.Id}/triage", new { outcome = "no-further-action", reason = "No vulnerability to radicalisation." });
        triage.EnsureSuccessStatusCode();

        prevent.Clock.Now = PreventApiFactory.DefaultNow.AddYears(3).AddDays(-1);
        var early = await RunAsync();
        prevent.Clock.Now = PreventApiFactory.DefaultNow.AddYears(3).AddDays(1);
        var due = await RunAsync();
        var again = await RunAsync();

        Assert.Equal(0, early["prevent-referral-no-further-action"]);
        Assert.Equal(1, due["prevent-referral-no-further-action"]);
        Assert.Equal(0, again["prevent-referral-no-further-action"]);
        await using var db = prevent.NewDbContext();
        var minimised = await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == ended.Id);
        var kept = await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == open.Id);
        Assert.Equal((Prevent.Api.Domain.Referral.Removed, null, null), (minimised.Person.Name, minimised.Person.DateOfBirth, minimised.PersonMatchKey));
        Assert.Equal(ReferralStatus.NoFurtherAction, minimised.Status);
        Assert.Equal("Sam Stillopen", kept.Person.Name);
        var audit = await db.Set<AuditEntry>().SingleAsync(e => e.Action == "retention-applied" && e.SubjectId == "prevent-referral-no-further-action");
        Assert.Matches("\"records\":\\s*1\\b", audit.After); // jsonb prints a space after the colon
        Assert.DoesNotContain("Robin", audit.After, StringComparison.Ordinal);
        prevent.Clock.Now = PreventApiFactory.DefaultNow;
    }

    private Task<IReadOnlyDictionary<string, int>> RunAsync() => prevent.RunRetentionAsync<PreventDbContext>();
}
