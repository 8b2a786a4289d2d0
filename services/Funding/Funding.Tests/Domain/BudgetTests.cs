using Funding.Api.Domain;
using Platform.ServiceDefaults.Errors;

namespace Funding.Tests.Domain;

public class BudgetTests
{
    [Fact]
    public void Commitments_up_to_the_budget_are_accepted_and_one_penny_more_is_refused_naming_what_remains()
    {
        var line = BudgetLine.For(Guid.NewGuid(), "2025/26", 25_000m);
        line.Commit(20_000m);
        line.Commit(5_000m);

        var refused = Assert.Throws<RuleViolationException>(() => line.Commit(0.01m));

        Assert.Equal("fund-over-committed", refused.Rule);
        Assert.Contains("only £0.00 remains", refused.Message, StringComparison.Ordinal);
        Assert.Equal(25_000m, line.Committed);
    }

    [Fact]
    public void A_refused_commitment_names_the_remaining_amount_and_changes_nothing()
    {
        var line = BudgetLine.For(Guid.NewGuid(), BudgetLine.WholeLife, 500_000m);
        line.Commit(487_500m);

        var refused = Assert.Throws<RuleViolationException>(() => line.Commit(15_000m));

        Assert.Contains("£12,500.00 remains", refused.Message, StringComparison.Ordinal);
        Assert.Equal(12_500m, line.Remaining);
    }

    [Fact]
    public void A_budget_cannot_be_cut_below_its_commitments()
    {
        var line = BudgetLine.For(Guid.NewGuid(), "2025/26", 100m);
        line.Commit(60m);

        Assert.Equal("budget-below-commitments", Assert.Throws<RuleViolationException>(() => line.Revise(59.99m)).Rule);
        line.Revise(60m);
        Assert.Equal(0m, line.Remaining);
    }

    [Fact]
    public void Unspent_money_carries_forward_into_the_next_year_only_and_only_what_is_uncommitted()
    {
        var (_, budget) = Build.PerYearFund(100_000m);
        var (first, second, third) = (budget[0], budget[1], budget[2]);
        first.Commit(70_000m);

        Assert.Equal("carry-forward-above-unspent", Assert.Throws<RuleViolationException>(() => first.CarryForwardTo(second, 30_000.01m)).Rule);
        Assert.Equal("carry-forward-not-next-year", Assert.Throws<RuleViolationException>(() => first.CarryForwardTo(third, 1m)).Rule);
        first.CarryForwardTo(second, 30_000m);

        Assert.Equal((70_000m, 0m), (first.Budget, first.Remaining));
        Assert.Equal(130_000m, second.Budget);
    }

    [Fact]
    public void Payments_and_clawbacks_move_paid_and_committed_together()
    {
        var line = BudgetLine.For(Guid.NewGuid(), "2025/26", 1_000m);
        line.Commit(800m);
        line.RecordPayment(500m);

        Assert.Equal("payment-above-commitment", Assert.Throws<RuleViolationException>(() => line.RecordPayment(300.01m)).Rule);
        line.RecoverPayment(200m);

        Assert.Equal((600m, 300m, 400m), (line.Committed, line.Paid, line.Remaining));
    }

    [Fact]
    public void A_per_year_fund_needs_a_budget_for_exactly_its_years_and_a_whole_life_fund_one_total()
    {
        var missing = Assert.Throws<RuleViolationException>(() => Fund.Open(
            "f", "Fund", "p", BudgetBasis.PerYear, new FinancialYear(2025), 3,
            new Dictionary<FinancialYear, decimal> { [new(2025)] = 1m, [new(2026)] = 1m }, null, Build.Now));
        Assert.Equal("yearly-budgets-mismatch", missing.Rule);
        Assert.Contains("missing 2027/28", missing.Message, StringComparison.Ordinal);

        var (fund, budget) = Fund.Open("w", "Fund", "p", BudgetBasis.WholeLife, new FinancialYear(2025), 3, null, 500_000m, Build.Now);
        Assert.Equal(BudgetLine.WholeLife, Assert.Single(budget).Period);
        Assert.Equal(BudgetLine.WholeLife, fund.BudgetPeriodFor(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void An_award_commits_the_budget_of_the_year_its_project_starts_within_the_fund_life()
    {
        var (fund, _) = Build.PerYearFund();

        Assert.Equal("2026/27", fund.BudgetPeriodFor(new DateOnly(2027, 3, 31)));
        Assert.Equal("project-outside-fund-years", Assert.Throws<RuleViolationException>(() => fund.BudgetPeriodFor(new DateOnly(2028, 4, 1))).Rule);
    }

    [Fact]
    public void Contributions_record_who_put_in_how_much_in_which_of_the_fund_years()
    {
        var (fund, _) = Build.PerYearFund();
        fund.RecordContribution("norfolk-opcc", new FinancialYear(2025), 166_667m);
        fund.RecordContribution("norfolk-county-council", new FinancialYear(2025), 20_000m);

        Assert.Equal(2, fund.Contributions.Count);
        Assert.Equal("contribution-outside-fund-years",
            Assert.Throws<RuleViolationException>(() => fund.RecordContribution("norfolk-opcc", new FinancialYear(2028), 1m)).Rule);
    }
}
