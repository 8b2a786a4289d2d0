using System.Net;
using System.Net.Http.Json;
using Funding.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;

namespace Funding.Tests.Funds;

/// <summary>Carrying unspent money forward by decision, and moderating a score before the panel decides, over HTTP.</summary>
public class BudgetAndModerationTests(FundingApiFactory funding) : IClassFixture<FundingApiFactory>
{
    [Fact]
    public async Task Unspent_money_is_carried_into_the_next_year_by_decision_never_more_than_is_uncommitted_and_audited()
    {
        funding.Clock.Now = FundingApiFactory.DefaultNow;
        var (fundId, roundId, priorityId) = await funding.OpenRoundAsync(perYear: 100_000m);
        var officer = funding.GrantsOfficer();
        await officer.DecideAsync(await funding.AssessedApplicationAsync(roundId, priorityId, 25_000m), "award").OkJsonAsync();

        var tooMuch = await officer.PostAsJsonAsync($"/api/funding/funds/{fundId}/carry-forward", new { fromYear = "2025/26", amount = 75_000.01m, decision = "Board, 20 March 2026" });
        var refused = await tooMuch.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("carry-forward-above-unspent", refused.GetProperty("rule").GetString());
        Assert.Contains("Only £75,000.00 of 2025/26", refused.GetProperty("title").GetString(), StringComparison.Ordinal);
        var fromLastYear = await officer.PostAsJsonAsync($"/api/funding/funds/{fundId}/carry-forward", new { fromYear = "2027/28", amount = 1m, decision = "Board" });
        Assert.True(fromLastYear.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.UnprocessableEntity, $"{(int)fromLastYear.StatusCode}");

        var carried = await officer.PostAsJsonAsync($"/api/funding/funds/{fundId}/carry-forward", new { fromYear = "2025/26", amount = 50_000m, decision = "Board, 20 March 2026" }).OkJsonAsync();

        var budget = carried.GetProperty("budget").EnumerateArray().ToDictionary(l => l.GetProperty("period").GetString()!, l => l.GetProperty("budget").GetDecimal());
        Assert.Equal(new Dictionary<string, decimal> { ["2025/26"] = 50_000m, ["2026/27"] = 150_000m, ["2027/28"] = 100_000m }, budget);
        var ledger = await officer.GetAsync($"/api/funding/funds/{fundId}/ledger").OkJsonAsync();
        var first = ledger.GetProperty("periods").EnumerateArray().Single(p => p.GetProperty("period").GetString() == "2025/26");
        Assert.Equal((50_000m, 25_000m, 25_000m), (first.GetProperty("budget").GetDecimal(), first.GetProperty("committed").GetDecimal(), first.GetProperty("remaining").GetDecimal()));
        Assert.Equal(300_000m, ledger.GetProperty("total").GetProperty("budget").GetDecimal());

        await using var db = funding.NewDbContext();
        var audited = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.Action.StartsWith("budget-carried-forward")).ToListAsync();
        Assert.Equal(2, audited.Count(e => e.SubjectId.Contains(fundId.ToString(), StringComparison.Ordinal)));
        Assert.All(audited.Where(e => e.SubjectId.Contains(fundId.ToString(), StringComparison.Ordinal)), e => Assert.False(string.IsNullOrEmpty(e.Before) || string.IsNullOrEmpty(e.After)));
        Assert.All(audited, e => Assert.Equal("grants-officer-1", e.Actor));
    }

    [Fact]
    public async Task A_grants_officer_moderates_a_score_with_a_reason_and_the_panel_may_then_decide_while_assessors_cannot_moderate()
    {
        funding.Clock.Now = FundingApiFactory.DefaultNow;
        var (_, roundId, priorityId) = await funding.OpenRoundAsync();
        var applicant = funding.Partner("norwich-youth-project", "applicant-1");
        var id = await applicant.PostAsJsonAsync("/api/funding/applications", FundingRequests.Application(roundId, priorityId)).CreatedIdAsync();
        var officer = funding.GrantsOfficer();

        var outOfRange = await officer.PostAsJsonAsync($"/api/funding/applications/{id}/moderation", new { score = 101m, reason = "Assessors far apart" });
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await funding.Partner("norfolk-constabulary", "assessor-1")
            .PostAsJsonAsync($"/api/funding/applications/{id}/moderation", new { score = 90m, reason = "I liked it" })).StatusCode);

        var moderated = await officer.PostAsJsonAsync($"/api/funding/applications/{id}/moderation", new { score = 72.5m, reason = "Assessors 40 points apart; panel agreed 72.5" }).OkJsonAsync();
        Assert.Equal(72.5m, moderated.GetProperty("moderation").GetProperty("score").GetDecimal());
        Assert.Equal("grants-officer-1", moderated.GetProperty("moderation").GetProperty("moderatedBy").GetString());
        // The applicant sees their application, not the panel's moderation.
        var seenByApplicant = await applicant.GetAsync($"/api/funding/applications/{id}").OkJsonAsync();
        Assert.True(seenByApplicant.GetProperty("moderation").ValueKind == System.Text.Json.JsonValueKind.Null);

        // A moderated application may be decided even though no assessor scored it.
        await officer.DecideAsync(id, "award").OkJsonAsync();
        var late = await officer.PostAsJsonAsync($"/api/funding/applications/{id}/moderation", new { score = 50m, reason = "Second thoughts" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }
}
