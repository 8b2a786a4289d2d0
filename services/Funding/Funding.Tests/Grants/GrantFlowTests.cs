using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Funding.Tests.Infrastructure;

namespace Funding.Tests.Grants;

/// <summary>After the award: acceptance, claims in arrears, payments, variation, clawback and monitoring returns.</summary>
public class GrantFlowTests(FundingApiFactory funding) : IClassFixture<FundingApiFactory>
{
    private static readonly DateTimeOffset October = new(2025, 10, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_grantee_claims_in_arrears_is_paid_and_the_ledger_and_GrantPaid_show_the_spend()
    {
        var (grantId, fundId) = await AcceptedGrantAsync(10_000m);
        var grantee = funding.Partner("norwich-youth-project", "applicant-1");
        funding.Clock.Now = October;

        var tooMuch = await grantee.PostAsJsonAsync($"/api/funding/grants/{grantId}/claims", new { from = "2025-09-01", to = "2025-09-30", amount = 10_000.01m });
        var refused = await tooMuch.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("only £10,000.00", refused.GetProperty("title").GetString(), StringComparison.Ordinal);
        var claimId = await grantee.PostAsJsonAsync($"/api/funding/grants/{grantId}/claims", new { from = "2025-09-01", to = "2025-09-30", amount = 2_500m }).CreatedIdAsync();

        var officer = funding.GrantsOfficer();
        var unapproved = await officer.PostAsJsonAsync($"/api/funding/grants/{grantId}/claims/{claimId}/payment", new { paidOn = "2025-10-06" });
        Assert.Equal("claim-not-approved", (await unapproved.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        await officer.PostAsJsonAsync($"/api/funding/grants/{grantId}/claims/{claimId}/decision", new { approve = true }).OkJsonAsync();
        await officer.PostAsJsonAsync($"/api/funding/grants/{grantId}/claims/{claimId}/payment", new { paidOn = "2025-10-06" }).OkJsonAsync();

        var ledger = await officer.GetAsync($"/api/funding/funds/{fundId}/ledger").OkJsonAsync();
        var year = ledger.GetProperty("periods").EnumerateArray().Single(p => p.GetProperty("period").GetString() == "2025/26");
        Assert.Equal((10_000m, 2_500m), (year.GetProperty("committed").GetDecimal(), year.GetProperty("paid").GetDecimal()));
        await using var db = funding.NewDbContext();
        var paid = Assert.Single(await db.OutboxRowsWhereAsync("grantId", grantId), m => m.MessageType.Contains("grant-paid", StringComparison.Ordinal));
        var payload = JsonDocument.Parse(paid.Payload).RootElement;
        Assert.Equal((2_500m, "2025/26"), (Pounds(payload.GetProperty("amount")), payload.GetProperty("financialYear").GetString()));

        // Paid in April 2026 for March's work: the 2025/26 line (whose money the award committed) counts it as paid;
        // the cash view and GrantPaid put it in 2026/27, the year of the payment (decision 0029).
        funding.Clock.Now = new DateTimeOffset(2026, 4, 8, 9, 0, 0, TimeSpan.Zero);
        var march = await grantee.PostAsJsonAsync($"/api/funding/grants/{grantId}/claims", new { from = "2026-03-01", to = "2026-03-31", amount = 1_500m }).CreatedIdAsync();
        await officer.PostAsJsonAsync($"/api/funding/grants/{grantId}/claims/{march}/decision", new { approve = true }).OkJsonAsync();
        var tomorrow = await officer.PostAsJsonAsync($"/api/funding/grants/{grantId}/claims/{march}/payment", new { paidOn = "2026-04-09" });
        Assert.Equal("payment-date-invalid", (await tomorrow.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());
        await officer.PostAsJsonAsync($"/api/funding/grants/{grantId}/claims/{march}/payment", new { paidOn = "2026-04-08" }).OkJsonAsync();
        var after = await officer.GetAsync($"/api/funding/funds/{fundId}/ledger").OkJsonAsync();
        var line = after.GetProperty("periods").EnumerateArray().Single(p => p.GetProperty("period").GetString() == "2025/26");
        Assert.Equal((10_000m, 4_000m), (line.GetProperty("committed").GetDecimal(), line.GetProperty("paid").GetDecimal()));
        Assert.Equal(
            [("2025/26", 2_500m, 1), ("2026/27", 1_500m, 1)],
            after.GetProperty("paidByFinancialYear").EnumerateArray()
                .Select(y => (y.GetProperty("financialYear").GetString(), y.GetProperty("paid").GetDecimal(), y.GetProperty("payments").GetInt32())));
        await using var again = funding.NewDbContext();
        var aprilPayment = (await again.OutboxRowsWhereAsync("grantId", grantId))
            .Select(m => JsonDocument.Parse(m.Payload).RootElement)
            .Single(p => p.TryGetProperty("paidOn", out var on) && on.GetString() == "2026-04-08");
        Assert.Equal("2026/27", aprilPayment.GetProperty("financialYear").GetString());
    }

    [Fact]
    public async Task An_increase_that_would_over_commit_is_refused_and_a_clawback_returns_money_to_the_fund()
    {
        var (grantId, fundId) = await AcceptedGrantAsync(20_000m, perYear: 25_000m);
        var officer = funding.GrantsOfficer();

        var increase = await officer.PostAsJsonAsync($"/api/funding/grants/{grantId}/variation", new { amount = 26_000m, reason = "More sessions" });
        Assert.Contains("only £5,000.00 remains", (await increase.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("title").GetString(), StringComparison.Ordinal);
        await officer.PostAsJsonAsync($"/api/funding/grants/{grantId}/variation", new { amount = 25_000m, reason = "More sessions" }).OkJsonAsync();

        funding.Clock.Now = October;
        var claimId = await funding.Partner("norwich-youth-project", "applicant-1")
            .PostAsJsonAsync($"/api/funding/grants/{grantId}/claims", new { from = "2025-09-01", to = "2025-09-30", amount = 6_000m }).CreatedIdAsync();
        await officer.PostAsJsonAsync($"/api/funding/grants/{grantId}/claims/{claimId}/decision", new { approve = true }).OkJsonAsync();
        await officer.PostAsJsonAsync($"/api/funding/grants/{grantId}/claims/{claimId}/payment", new { paidOn = "2025-10-06" }).OkJsonAsync();
        var clawedBack = await officer.PostAsJsonAsync($"/api/funding/grants/{grantId}/clawback", new { amount = 1_000m, reason = "Sessions not delivered" }).OkJsonAsync();

        Assert.Equal((24_000m, 5_000m), (clawedBack.GetProperty("amount").GetDecimal(), clawedBack.GetProperty("paid").GetDecimal()));
        var ledger = await officer.GetAsync($"/api/funding/funds/{fundId}/ledger").OkJsonAsync();
        var year = ledger.GetProperty("periods").EnumerateArray().Single(p => p.GetProperty("period").GetString() == "2025/26");
        Assert.Equal((24_000m, 5_000m, 1_000m), (year.GetProperty("committed").GetDecimal(), year.GetProperty("paid").GetDecimal(), year.GetProperty("remaining").GetDecimal()));

        // Both changes are announced for Plans' money per priority, with amounts only: the reasons stay here.
        await using var db = funding.NewDbContext();
        var events = await db.OutboxRowsWhereAsync("grantId", grantId);
        var varied = JsonDocument.Parse(Assert.Single(events, m => m.MessageType.Contains("grant-varied", StringComparison.Ordinal)).Payload).RootElement;
        Assert.Equal((20_000m, 25_000m, 5_000m, "2025/26"), (
            Pounds(varied.GetProperty("previousAmount")), Pounds(varied.GetProperty("amount")), Pounds(varied.GetProperty("change")),
            varied.GetProperty("financialYear").GetString()));
        var recovered = JsonDocument.Parse(Assert.Single(events, m => m.MessageType.Contains("grant-clawed-back", StringComparison.Ordinal)).Payload).RootElement;
        Assert.Equal((1_000m, 24_000m, 5_000m, "2025/26"), (
            Pounds(recovered.GetProperty("amount")), Pounds(recovered.GetProperty("awardAfter")), Pounds(recovered.GetProperty("totalPaid")),
            recovered.GetProperty("financialYear").GetString()));
        Assert.All(events, m => Assert.DoesNotContain("Sessions not delivered", m.Payload, StringComparison.Ordinal));
        Assert.All(events, m => Assert.DoesNotContain("More sessions", m.Payload, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Monitoring_returns_report_each_measure_as_numbers_and_missing_ones_are_listed_late()
    {
        var (grantId, _) = await AcceptedGrantAsync(10_000m);
        var grantee = funding.Partner("norwich-youth-project", "applicant-1");
        funding.Clock.Now = new DateTimeOffset(2026, 2, 2, 9, 0, 0, TimeSpan.Zero);

        var returnId = await grantee.PostAsJsonAsync($"/api/funding/grants/{grantId}/returns", new
        {
            financialYear = "2025/26",
            quarter = 2,
            progress = new[] { new { objective = 1, value = 34m, note = "Two new sessions" } },
            spendToDate = 2_400m,
            commentary = "Sam from the project says attendance is growing",
        }).CreatedIdAsync();

        var late = await funding.GrantsOfficer().GetAsync("/api/funding/returns/late").OkJsonAsync();
        var mine = late.EnumerateArray().Where(l => l.GetProperty("grantId").GetGuid() == grantId).Select(l => (l.GetProperty("financialYear").GetString(), l.GetProperty("quarter").GetInt32()));
        Assert.Equal([("2025/26", 3)], mine);
        await using var db = funding.NewDbContext();
        var row = Assert.Single(await db.OutboxRowsWhereAsync("returnId", returnId));
        Assert.DoesNotContain("attendance", row.Payload, StringComparison.Ordinal);
        var measure = Assert.Single(JsonDocument.Parse(row.Payload).RootElement.GetProperty("measures").EnumerateArray());
        Assert.Equal(("young people engaged", 34m), (measure.GetProperty("measure").GetString(), Pounds(measure.GetProperty("value"))));
    }

    [Fact]
    public async Task Only_the_grantee_organisation_accepts_claims_and_reports_and_scrutiny_sees_the_grant_once_accepted()
    {
        var (fundId, roundId, priorityId) = await funding.OpenRoundAsync();
        var applicationId = await funding.AssessedApplicationAsync(roundId, priorityId);
        var grantId = (await funding.GrantsOfficer().DecideAsync(applicationId, "award").OkJsonAsync()).GetProperty("grantId").GetGuid();

        await (await funding.Scrutiny().GetAsync($"/api/funding/grants/{grantId}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await funding.Partner("breckland-council", "x").PostAsync($"/api/funding/grants/{grantId}/acceptance", null)).ReadProblemAsync(HttpStatusCode.NotFound);
        await funding.Partner("norwich-youth-project", "applicant-2").PostAsync($"/api/funding/grants/{grantId}/acceptance", null).OkJsonAsync();

        var seen = await funding.Scrutiny().GetAsync($"/api/funding/grants/{grantId}").OkJsonAsync();
        Assert.Equal("accepted", seen.GetProperty("grant").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await funding.Partner("norwich-youth-project", "applicant-1")
            .PostAsJsonAsync($"/api/funding/grants/{grantId}/clawback", new { amount = 1m, reason = "self" })).StatusCode);
        _ = fundId;
    }

    /// <summary>MassTransit's serializer writes decimals as strings, so no precision is lost on the wire.</summary>
    private static decimal Pounds(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? decimal.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : value.GetDecimal();

    private async Task<(Guid GrantId, Guid FundId)> AcceptedGrantAsync(decimal amount, decimal perYear = 100_000m)
    {
        funding.Clock.Now = FundingApiFactory.DefaultNow;
        var (fundId, roundId, priorityId) = await funding.OpenRoundAsync(perYear);
        var applicationId = await funding.AssessedApplicationAsync(roundId, priorityId, amount);
        var grantId = (await funding.GrantsOfficer().DecideAsync(applicationId, "award").OkJsonAsync()).GetProperty("grantId").GetGuid();
        await funding.Partner("norwich-youth-project", "applicant-1").PostAsync($"/api/funding/grants/{grantId}/acceptance", null).OkJsonAsync();
        return (grantId, fundId);
    }
}
