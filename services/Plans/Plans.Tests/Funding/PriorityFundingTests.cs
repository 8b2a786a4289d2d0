using System.Net.Http.Json;
using Funding.Contracts;
using Plans.Api.Readings;
using Plans.Api.Reports.QuarterlyReport;
using Plans.Tests.Infrastructure;
using Plans.Tests.Outcomes;
using Plans.Tests.Priorities;

namespace Plans.Tests.Funding;

/// <summary>The quarterly report shows, per adopted priority, the money Funding's events say is committed and spent.</summary>
public class PriorityFundingTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    [Fact]
    public async Task Awards_payments_and_returns_from_Funding_show_in_the_report_once_each_however_often_delivered()
    {
        var officer = plans.PartnershipOfficer();
        var priority = await officer.ProposeAsync("Tackling ASB in town centres");
        (await officer.PostAsync($"/api/plans/priorities/{priority.Id}/adopt", null)).EnsureSuccessStatusCode();
        var grantId = Guid.NewGuid();
        var awarded = new GrantAwarded
        {
            OccurredAt = PlansApiFactory.DefaultNow, GrantId = grantId, FundId = Guid.NewGuid(), PriorityId = priority.Id, Amount = 12_500m,
            FinancialYear = "2025/26", Districts = ["norwich"], PartAward = false,
        };
        var paid = new GrantPaid
        {
            OccurredAt = PlansApiFactory.DefaultNow, GrantId = grantId, PaymentId = Guid.NewGuid(), FundId = awarded.FundId, PriorityId = priority.Id,
            Amount = 2_500m, TotalPaid = 2_500m, PaidOn = new DateOnly(2025, 10, 6), FinancialYear = "2025/26",
        };
        var reported = new MonitoringReturnSubmitted
        {
            OccurredAt = PlansApiFactory.DefaultNow, ReturnId = Guid.NewGuid(), GrantId = grantId, PriorityId = priority.Id, FinancialYear = "2025/26",
            Quarter = 2, SpendToDate = 2_400m, Measures = [new MeasuredObjective { Objective = 1, Measure = "young people engaged", Value = 34m }],
        };

        await plans.PublishAsync(awarded, awarded.EventId);
        await plans.PublishAsync(awarded, awarded.EventId); // redelivered: counted once
        await plans.PublishAsync(paid, paid.EventId);
        await plans.PublishAsync(reported, reported.EventId);
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(
            plans.Consumed.Completed(awarded.EventId) == 2 && plans.Consumed.Completed(paid.EventId) == 1 && plans.Consumed.Completed(reported.EventId) == 1)));

        var report = (await plans.Scrutiny().GetFromJsonAsync<QuarterlyReport>("/api/plans/reports/quarterly", TestJson.Options))!;
        var money = Assert.Single(report.Funding, m => m.PriorityId == priority.Id);
        Assert.Equal((12_500m, 2_500m, 1, 1, "2025/26 Q2"), (money.Committed, money.Paid, money.Grants, money.Returns, money.LatestReturn));
    }

    [Fact]
    public async Task A_measure_derived_from_returns_adds_each_returned_value_once_in_the_financial_quarter_it_reports()
    {
        var measure = await plans.DefineMeasureAsync(
            (await plans.DefineOutcomeAsync("Young people diverted from ASB")).Id, derivedFrom: "funding-returns:young-people-engaged",
            name: "Young people engaged by funded projects", direction: "up");
        MonitoringReturnSubmitted Return(decimal value, int quarter) => new()
        {
            OccurredAt = PlansApiFactory.DefaultNow, ReturnId = Guid.NewGuid(), GrantId = Guid.NewGuid(), PriorityId = Guid.NewGuid(),
            FinancialYear = "2025/26", Quarter = quarter, SpendToDate = 1_000m,
            Measures =
            [
                new MeasuredObjective { Objective = 1, Measure = "Young people engaged", Value = value },
                new MeasuredObjective { Objective = 2, Measure = "sessions delivered", Value = 99m },
            ],
        };
        var first = Return(34m, 2);
        var second = Return(16m, 2);
        var republished = first with { EventId = Guid.NewGuid() }; // the same return under a new message id
        var january = Return(7m, 4);

        foreach (var message in new[] { first, second, republished, january })
        {
            await plans.PublishAsync(message, message.EventId);
        }

        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(
            new[] { first, second, republished, january }.All(m => plans.Consumed.Completed(m.EventId) == 1))));
        var readings = (await plans.Scrutiny().GetFromJsonAsync<List<ReadingResponse>>($"/api/plans/measures/{measure.Id}/readings", TestJson.Options))!
            .ToDictionary(r => $"{r.Period} {r.Area}", r => r.Value!.Value);
        // 2025/26 Q2 is July to September 2025 (2025-Q3); Q4 is January to March 2026 (2026-Q1).
        Assert.Equal(new Dictionary<string, decimal> { ["2025-Q3 county"] = 50m, ["2026-Q1 county"] = 7m }, readings);
    }

    [Fact]
    public async Task A_variation_moves_the_commitment_and_a_clawback_takes_money_out_of_committed_and_spent()
    {
        var officer = plans.PartnershipOfficer();
        var priority = await officer.ProposeAsync("Serious violence");
        (await officer.PostAsync($"/api/plans/priorities/{priority.Id}/adopt", null)).EnsureSuccessStatusCode();
        var grantId = Guid.NewGuid();
        var fundId = Guid.NewGuid();
        var awarded = new GrantAwarded
        {
            OccurredAt = PlansApiFactory.DefaultNow, GrantId = grantId, FundId = fundId, PriorityId = priority.Id, Amount = 12_500m,
            FinancialYear = "2025/26", Districts = ["norwich"], PartAward = false,
        };
        var paid = new GrantPaid
        {
            OccurredAt = PlansApiFactory.DefaultNow, GrantId = grantId, PaymentId = Guid.NewGuid(), FundId = fundId, PriorityId = priority.Id,
            Amount = 2_500m, TotalPaid = 2_500m, PaidOn = new DateOnly(2025, 10, 6), FinancialYear = "2025/26",
        };
        var varied = new GrantVaried
        {
            OccurredAt = PlansApiFactory.DefaultNow, GrantId = grantId, FundId = fundId, PriorityId = priority.Id, PreviousAmount = 12_500m,
            Amount = 10_000m, Change = -2_500m, FinancialYear = "2025/26",
        };
        var clawedBack = new GrantClawedBack
        {
            OccurredAt = PlansApiFactory.DefaultNow, GrantId = grantId, FundId = fundId, PriorityId = priority.Id, Amount = 1_000m,
            AwardAfter = 9_000m, TotalPaid = 1_500m, RecoveredOn = new DateOnly(2025, 11, 3), FinancialYear = "2025/26",
        };

        await plans.PublishAsync(awarded, awarded.EventId);
        await plans.PublishAsync(paid, paid.EventId);
        await plans.PublishAsync(varied, varied.EventId);
        await plans.PublishAsync(varied, varied.EventId); // redelivered: applied once
        await plans.PublishAsync(clawedBack, clawedBack.EventId);

        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(
            plans.Consumed.Completed(varied.EventId) == 2 && plans.Consumed.Completed(clawedBack.EventId) == 1 && plans.Consumed.Completed(paid.EventId) == 1)));
        var report = (await plans.Scrutiny().GetFromJsonAsync<QuarterlyReport>("/api/plans/reports/quarterly", TestJson.Options))!;
        var money = Assert.Single(report.Funding, m => m.PriorityId == priority.Id);
        Assert.Equal((9_000m, 1_500m, 1), (money.Committed, money.Paid, money.Grants));
    }
}
