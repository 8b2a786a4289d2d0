using System.Net.Http.Json;
using Funding.Contracts;
using Plans.Api.Reports.QuarterlyReport;
using Plans.Tests.Infrastructure;
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
}
