using Platform.ServiceDefaults.Errors;

namespace Funding.Api.Domain;

/// <summary>
/// A pot of money for delivering the plan (e.g. the Community Safety Fund 2025–28), with who put in how much each year
/// and its budget: one line per financial year, or one for its whole life. Awards commit its budget lines.
/// </summary>
public sealed class Fund
{
    private Fund()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Unique slug, e.g. <c>community-safety-fund-2025-28</c>.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Purpose { get; private set; } = "";

    public BudgetBasis Basis { get; private set; }

    public FinancialYear FirstYear { get; private set; }

    public int Years { get; private set; }

    /// <summary>Agency slugs of the bodies paying into the fund.</summary>
    public List<Contribution> Contributions { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }

    public IEnumerable<FinancialYear> FinancialYears => Enumerable.Range(FirstYear.StartYear, Years).Select(y => new FinancialYear(y));

    public FinancialYear LastYear => new(FirstYear.StartYear + Years - 1);

    /// <summary>
    /// Opens a fund with its budget lines: <paramref name="yearlyBudgets"/> (one per year of its life) for a
    /// <see cref="BudgetBasis.PerYear"/> fund, or <paramref name="wholeLifeBudget"/> for a <see cref="BudgetBasis.WholeLife"/> one.
    /// </summary>
    public static (Fund Fund, IReadOnlyList<BudgetLine> Budget) Open(
        string code, string name, string purpose, BudgetBasis basis, FinancialYear firstYear, int years,
        IReadOnlyDictionary<FinancialYear, decimal>? yearlyBudgets, decimal? wholeLifeBudget, DateTimeOffset now, Guid? id = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (years is < 1 or > 10)
        {
            throw new RuleViolationException("fund-years-out-of-range", "A fund runs for 1 to 10 financial years.", RuleViolationKind.BusinessRule);
        }

        var fund = new Fund
        {
            Id = id ?? Guid.CreateVersion7(now),
            Code = code,
            Name = name,
            Purpose = purpose,
            Basis = basis,
            FirstYear = firstYear,
            Years = years,
            CreatedAt = now,
        };
        return (fund, fund.BudgetLines(yearlyBudgets, wholeLifeBudget));
    }

    private List<BudgetLine> BudgetLines(IReadOnlyDictionary<FinancialYear, decimal>? yearlyBudgets, decimal? wholeLifeBudget)
    {
        if (Basis == BudgetBasis.WholeLife)
        {
            if (wholeLifeBudget is not { } total || yearlyBudgets is { Count: > 0 })
            {
                throw new RuleViolationException(
                    "whole-life-budget-required", "A whole-life fund has one budget (wholeLifeBudget) and no yearly budgets.",
                    RuleViolationKind.BusinessRule);
            }

            return [BudgetLine.For(Id, BudgetLine.WholeLife, total)];
        }

        if (wholeLifeBudget is not null || yearlyBudgets is null)
        {
            throw new RuleViolationException(
                "yearly-budgets-required", "A per-year fund has a budget for each of its financial years (yearlyBudgets).",
                RuleViolationKind.BusinessRule);
        }

        var outside = yearlyBudgets.Keys.Where(year => !FinancialYears.Contains(year)).ToList();
        var missing = FinancialYears.Where(year => !yearlyBudgets.ContainsKey(year)).ToList();
        if (outside.Count > 0 || missing.Count > 0)
        {
            throw new RuleViolationException(
                "yearly-budgets-mismatch",
                $"Give a budget for exactly the fund's years {FirstYear} to {LastYear}" +
                (missing.Count > 0 ? $"; missing {string.Join(", ", missing)}" : "") +
                (outside.Count > 0 ? $"; outside the fund's life {string.Join(", ", outside)}" : "") + ".",
                RuleViolationKind.BusinessRule);
        }

        return [.. FinancialYears.Select(year => BudgetLine.For(Id, year.ToString(), yearlyBudgets[year]))];
    }

    /// <summary>The budget line an award starting on <paramref name="start"/> commits.</summary>
    public string BudgetPeriodFor(DateOnly start)
    {
        if (Basis == BudgetBasis.WholeLife)
        {
            return BudgetLine.WholeLife;
        }

        var year = FinancialYear.Containing(start);
        return FinancialYears.Contains(year)
            ? year.ToString()
            : throw new RuleViolationException(
                "project-outside-fund-years",
                $"The project starts in {year}, outside the fund's years {FirstYear} to {LastYear}.",
                RuleViolationKind.BusinessRule);
    }

    /// <summary>Records a funder's contribution for a year of the fund's life (several funders may share a pot).</summary>
    public void RecordContribution(string funder, FinancialYear year, decimal amount)
    {
        if (!FinancialYears.Contains(year))
        {
            throw new RuleViolationException(
                "contribution-outside-fund-years", $"{year} is outside the fund's years {FirstYear} to {LastYear}.", RuleViolationKind.BusinessRule);
        }

        if (amount <= 0)
        {
            throw new RuleViolationException("contribution-not-positive", "A contribution is a positive amount.", RuleViolationKind.BusinessRule);
        }

        Contributions = [.. Contributions, new Contribution(funder, year.ToString(), amount)];
    }
}

public enum BudgetBasis
{
    PerYear,
    WholeLife,
}

/// <summary>What one funder (agency slug) put into the fund for a financial year.</summary>
public sealed record Contribution(string Funder, string FinancialYear, decimal Amount);
