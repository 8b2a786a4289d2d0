using CommunityTrigger.Api.Data;
using CommunityTrigger.Api.Domain;
using CommunityTrigger.Tests.Domain;
using CommunityTrigger.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;
using static CommunityTrigger.Tests.Domain.Evidence;

namespace CommunityTrigger.Tests.Retention;

/// <summary>The service's retention job removes an applicant's contact details two years after the case closes, once.</summary>
public class ApplicantContactRetentionTests(CommunityTriggerApiFactory trigger) : IClassFixture<CommunityTriggerApiFactory>
{
    private static readonly DateTimeOffset Received = new(2025, 7, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Contact_details_go_two_years_after_closure_and_the_case_and_an_open_one_stay()
    {
        _ = trigger.Services; // started: its migrations have run
        var closed = Case();
        closed.DecideThreshold(ThresholdRuleBook.Default, Received.AddDays(3));
        closed.SendOutcome("The threshold was not met because ...", Received.AddDays(3), new DeadlinePolicy());
        closed.Close(Received.AddDays(25));
        var open = Case();
        await using (var db = trigger.NewDbContext())
        {
            db.Cases.AddRange(closed, open);
            await db.SaveChangesAsync();
        }

        trigger.Clock.Now = Received.AddDays(25).AddYears(2).AddDays(-1);
        var early = await RunAsync();
        trigger.Clock.Now = Received.AddDays(25).AddYears(2).AddDays(1);
        var due = await RunAsync();
        var again = await RunAsync();
        trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow;

        Assert.Equal((0, 1, 0), (early["trigger-applicant-contact"], due["trigger-applicant-contact"], again["trigger-applicant-contact"]));
        await using var check = trigger.NewDbContext();
        var removed = await check.Cases.AsNoTracking().SingleAsync(c => c.Id == closed.Id);
        var kept = await check.Cases.AsNoTracking().SingleAsync(c => c.Id == open.Id);
        Assert.Equal((TriggerCase.Removed, null, CaseStatus.Closed), (removed.Applicant.Name, removed.Applicant.Email, removed.Status));
        Assert.Equal(removed.ReceivedOn, closed.ReceivedOn);
        Assert.Equal("alex@example.org", kept.Applicant.Email);
        var audit = await check.Set<AuditEntry>().SingleAsync(e => e.Action == "retention-applied");
        Assert.Equal(("retention", "trigger-applicant-contact"), (audit.SubjectType, audit.SubjectId));
        Assert.DoesNotContain("alex", audit.After, StringComparison.OrdinalIgnoreCase);
    }

    private static TriggerCase Case() => TriggerCase.Receive(
        TriggerCaseTests.Application(Incident("2025-05-01", "2025-05-02")), StatusToken.Hash(Guid.NewGuid().ToString()), Received,
        new DeadlinePolicy(), WorkingDayCalendar.EnglandAndWales);

    private Task<IReadOnlyDictionary<string, int>> RunAsync() => trigger.RunRetentionAsync<CommunityTriggerDbContext>();
}
