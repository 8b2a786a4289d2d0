using Platform.ServiceDefaults.Errors;

namespace Funding.Api.Domain;

/// <summary>
/// One pot of a fund's money: a financial year's budget, or the budget for the fund's whole life. It keeps what is
/// committed by awards and what has been paid, and never lets commitments exceed the budget: an award is decided
/// against this row while holding its lock, and the table refuses <c>committed &gt; budget</c> as a last line.
/// </summary>
public sealed class BudgetLine
{
    public const string WholeLife = "whole-life";

    private BudgetLine()
    {
    }

    public Guid FundId { get; private set; }

    /// <summary>A financial year (<c>2025/26</c>) or <see cref="WholeLife"/>.</summary>
    public string Period { get; private set; } = "";

    public decimal Budget { get; private set; }

    public decimal Committed { get; private set; }

    public decimal Paid { get; private set; }

    public decimal Remaining => Budget - Committed;

    public uint Version { get; private set; }

    public static BudgetLine For(Guid fundId, string period, decimal budget)
    {
        if (budget < 0)
        {
            throw new RuleViolationException("negative-budget", $"The budget for {period} cannot be negative.", RuleViolationKind.BusinessRule);
        }

        return new BudgetLine { FundId = fundId, Period = period, Budget = budget };
    }

    /// <summary>Commits <paramref name="amount"/> to an award; refused, naming what remains, when it would over-commit the fund.</summary>
    public void Commit(decimal amount)
    {
        if (amount <= 0)
        {
            throw new RuleViolationException("award-amount-not-positive", "An award commits a positive amount.", RuleViolationKind.BusinessRule);
        }

        if (amount > Remaining)
        {
            throw new RuleViolationException(
                "fund-over-committed",
                $"Awarding {Money.Show(amount)} would over-commit the {Period} budget: only {Money.Show(Remaining)} remains uncommitted " +
                $"(budget {Money.Show(Budget)}, committed {Money.Show(Committed)}).",
                RuleViolationKind.BusinessRule);
        }

        Committed += amount;
    }

    /// <summary>Money an award no longer needs (varied down, clawed back, grantee withdrew) is free to award again.</summary>
    public void Release(decimal amount)
    {
        if (amount < 0 || amount > Committed)
        {
            throw new RuleViolationException("release-out-of-range", $"Cannot release {Money.Show(amount)} of {Money.Show(Committed)} committed.");
        }

        Committed -= amount;
    }

    public void RecordPayment(decimal amount)
    {
        if (Paid + amount > Committed)
        {
            throw new RuleViolationException(
                "payment-above-commitment", $"Paying {Money.Show(amount)} would pay more than the {Period} budget has committed.");
        }

        Paid += amount;
    }

    /// <summary>A clawed-back payment returns to the pot: neither paid nor committed any more.</summary>
    public void RecoverPayment(decimal amount)
    {
        if (amount > Paid)
        {
            throw new RuleViolationException("recovery-above-paid", $"Only {Money.Show(Paid)} has been paid from the {Period} budget.");
        }

        Paid -= amount;
        Committed -= amount;
    }

    /// <summary>Raises or lowers the budget (a new contribution, a cut); never below what is already committed.</summary>
    public void Revise(decimal budget)
    {
        if (budget < Committed)
        {
            throw new RuleViolationException(
                "budget-below-commitments",
                $"The {Period} budget cannot fall to {Money.Show(budget)}: {Money.Show(Committed)} is already committed.",
                RuleViolationKind.BusinessRule);
        }

        Budget = budget;
    }

    /// <summary>By decision, moves unspent (uncommitted) money of this year into the next year's budget.</summary>
    public void CarryForwardTo(BudgetLine next, decimal amount)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (Period == WholeLife || !FinancialYear.TryParse(Period, out var year) || next.Period != year.Next.ToString() || next.FundId != FundId)
        {
            throw new RuleViolationException(
                "carry-forward-not-next-year", "Unspent money carries forward from one financial year into the next of the same fund.",
                RuleViolationKind.BusinessRule);
        }

        if (amount <= 0 || amount > Remaining)
        {
            throw new RuleViolationException(
                "carry-forward-above-unspent",
                $"Only {Money.Show(Remaining)} of {Period} is uncommitted and can be carried forward.",
                RuleViolationKind.BusinessRule);
        }

        Budget -= amount;
        next.Budget += amount;
    }
}
