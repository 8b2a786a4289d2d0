using Funding.Api.Domain;
using Platform.ServiceDefaults.Errors;

namespace Funding.Tests.Domain;

public class GrantTests
{
    private static readonly DateOnly AfterSeptember = new(2025, 10, 5);

    [Fact]
    public void Claims_are_in_arrears_within_the_project_period()
    {
        var grant = Build.AcceptedGrant();

        Assert.Equal("claim-not-in-arrears", Claim(grant, new(2025, 9, 1), new(2025, 10, 5), 100m, today: AfterSeptember));
        Assert.Equal("claim-outside-project-period", Claim(grant, new(2025, 8, 1), new(2025, 9, 30), 100m, today: AfterSeptember));
        Assert.NotNull(grant.SubmitClaim(new(2025, 9, 1), new(2025, 9, 30), 2_500m, AfterSeptember, 60, Build.Now));
    }

    [Fact]
    public void Claims_never_add_up_to_more_than_the_award_and_say_what_is_left()
    {
        var grant = Build.AcceptedGrant(10_000m);
        grant.SubmitClaim(new(2025, 9, 1), new(2025, 9, 30), 7_500m, AfterSeptember, 60, Build.Now);

        var refused = Assert.Throws<RuleViolationException>(() => grant.SubmitClaim(new(2025, 9, 1), new(2025, 9, 30), 2_500.01m, AfterSeptember, 60, Build.Now));

        Assert.Equal("claim-above-award", refused.Rule);
        Assert.Contains("only £2,500.00", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_queried_claim_frees_its_amount_to_be_claimed_again()
    {
        var grant = Build.AcceptedGrant(10_000m);
        var claim = grant.SubmitClaim(new(2025, 9, 1), new(2025, 9, 30), 10_000m, AfterSeptember, 60, Build.Now);

        grant.Query(claim, "Receipts missing");

        Assert.Equal(0m, grant.Claimed);
        Assert.NotNull(grant.SubmitClaim(new(2025, 9, 1), new(2025, 9, 30), 10_000m, AfterSeptember, 60, Build.Now));
    }

    [Fact]
    public void No_claim_after_the_project_period_plus_the_grace_window()
    {
        var grant = Build.AcceptedGrant(); // project ends 31 August 2026

        Assert.NotNull(grant.SubmitClaim(new(2026, 8, 1), new(2026, 8, 31), 100m, new DateOnly(2026, 10, 30), 60, Build.Now));
        Assert.Equal("claim-window-closed", Claim(grant, new(2026, 8, 1), new(2026, 8, 31), 100m, today: new DateOnly(2026, 10, 31)));
    }

    [Fact]
    public void Only_an_approved_claim_is_paid_and_paid_money_can_be_clawed_back_with_a_reason()
    {
        var grant = Build.AcceptedGrant(10_000m);
        var claim = grant.SubmitClaim(new(2025, 9, 1), new(2025, 9, 30), 4_000m, AfterSeptember, 60, Build.Now);

        Assert.Equal("claim-not-approved", Assert.Throws<RuleViolationException>(() => grant.Pay(claim, AfterSeptember, On(AfterSeptember))).Rule);
        claim.Approve();
        var payment = grant.Pay(claim, AfterSeptember, On(AfterSeptember));
        Assert.Equal((4_000m, 4_000m), (payment.Amount, grant.Paid));

        Assert.Equal("clawback-above-paid", Assert.Throws<RuleViolationException>(() => grant.ClawBack(4_000.01m, "Misuse", "officer", Build.Now)).Rule);
        grant.ClawBack(1_000m, "Underspend returned", "officer", Build.Now);

        Assert.Equal((9_000m, 3_000m), (grant.Amount, grant.Paid));
        Assert.Equal(VariationKind.ClawedBack, Assert.Single(grant.Variations).Kind);
    }

    [Fact]
    public void A_variation_cannot_take_the_award_below_what_is_claimed_and_reports_the_change_in_commitment()
    {
        var grant = Build.AcceptedGrant(10_000m);
        grant.SubmitClaim(new(2025, 9, 1), new(2025, 9, 30), 6_000m, AfterSeptember, 60, Build.Now);

        Assert.Equal("variation-below-claimed", Assert.Throws<RuleViolationException>(() => grant.Vary(5_999m, "Cut", "officer", Build.Now)).Rule);
        Assert.Equal(-2_000m, grant.Vary(8_000m, "Reduced scope", "officer", Build.Now));
        Assert.Equal(4_000m, grant.Vary(12_000m, "Extra sessions", "officer", Build.Now));
    }

    [Fact]
    public void A_monitoring_return_reports_every_objective_and_late_quarters_are_listed()
    {
        var grant = Build.AcceptedGrant(); // 1 September 2025 to 31 August 2026, two objectives

        Assert.Equal("return-must-cover-every-objective", Assert.Throws<RuleViolationException>(
            () => grant.SubmitReturn(new FinancialYear(2025), 2, [new ObjectiveProgress(1, 30m, null)], 1_000m, null, Build.Now)).Rule);
        Assert.Equal("quarter-outside-project", Assert.Throws<RuleViolationException>(
            () => grant.SubmitReturn(new FinancialYear(2025), 1, [new(1, 1m, null), new(2, 1m, null)], 0m, null, Build.Now)).Rule);
        var submitted = grant.SubmitReturn(new FinancialYear(2025), 2, [new(1, 30m, null), new(2, 90m, null)], 2_500m, "Good start", Build.Now);
        Assert.Equal("2025/26", submitted.FinancialYear);

        var due = grant.ReturnsDue(new DateOnly(2026, 2, 1), 30).Select(d => (d.Year.ToString(), d.Quarter)).ToList();

        Assert.Equal([("2025/26", 2), ("2025/26", 3)], due);
    }

    [Fact]
    public void A_grant_announces_its_award_its_payments_and_its_returns()
    {
        var grant = Build.AcceptedGrant(10_000m);

        var awarded = Assert.IsType<Funding.Contracts.GrantAwarded>(Assert.Single(grant.TakeAnnouncedEvents()));
        Assert.Equal((grant.Id, Build.PriorityId, 10_000m, "2025/26", false), (awarded.GrantId, awarded.PriorityId, awarded.Amount, awarded.FinancialYear, awarded.PartAward));
        var claim = grant.SubmitClaim(new(2025, 9, 1), new(2025, 9, 30), 1_000m, AfterSeptember, 60, Build.Now);
        claim.Approve();
        grant.Pay(claim, new DateOnly(2026, 4, 2), On(new DateOnly(2026, 4, 2)));
        grant.SubmitReturn(new FinancialYear(2025), 2, [new(1, 30m, "note"), new(2, 90m, null)], 1_000m, "commentary", Build.Now);

        var events = grant.TakeAnnouncedEvents();
        var paid = Assert.IsType<Funding.Contracts.GrantPaid>(events[0]);
        Assert.Equal(("2026/27", 1_000m), (paid.FinancialYear, paid.TotalPaid));
        var submitted = Assert.IsType<Funding.Contracts.MonitoringReturnSubmitted>(events[1]);
        Assert.Equal(["young people engaged", "ASB calls"], submitted.Measures.Select(m => m.Measure));
    }

    private static string Claim(Grant grant, DateOnly from, DateOnly to, decimal amount, DateOnly today) =>
        Assert.Throws<RuleViolationException>(() => grant.SubmitClaim(from, to, amount, today, 60, Build.Now)).Rule;

    /// <summary>Noon (UTC) on <paramref name="day"/>: the clock when a payment dated that day is recorded.</summary>
    private static DateTimeOffset On(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    [Fact]
    public void A_payment_is_dated_between_its_claim_and_today()
    {
        var grant = Build.AcceptedGrant();
        var claim = grant.SubmitClaim(new(2025, 9, 1), new(2025, 9, 30), 1_000m, AfterSeptember, 60, Build.Now);
        claim.Approve();

        Assert.Equal("payment-date-invalid", Assert.Throws<RuleViolationException>(() => grant.Pay(claim, AfterSeptember.AddDays(1), On(AfterSeptember))).Rule);
        Assert.Equal("payment-date-invalid", Assert.Throws<RuleViolationException>(() => grant.Pay(claim, new DateOnly(2025, 6, 1), On(AfterSeptember))).Rule);
        Assert.Equal(1_000m, grant.Pay(claim, AfterSeptember, On(AfterSeptember)).Amount);
    }
}
