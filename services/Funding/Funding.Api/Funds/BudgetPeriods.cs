using Funding.Api.Domain;

namespace Funding.Api.Funds;

internal static class BudgetPeriods
{
    /// <summary>URLs write a financial year with a hyphen (<c>2025-26</c>), as a slash would split the path.</summary>
    public static string FromPath(string period) => period == BudgetLine.WholeLife ? period : period.Replace('-', '/');
}
