using Funding.Api.Domain;

namespace Funding.Api.Funds;

public sealed record FundResponse(
    Guid Id, string Code, string Name, string Purpose, BudgetBasis Basis, string FirstYear, string LastYear,
    IReadOnlyList<Contribution> Contributions, IReadOnlyList<BudgetLineResponse> Budget, uint Version)
{
    public static FundResponse From(Fund fund, IEnumerable<BudgetLine> budget) => new(
        fund.Id, fund.Code, fund.Name, fund.Purpose, fund.Basis, fund.FirstYear.ToString(), fund.LastYear.ToString(),
        fund.Contributions, [.. budget.OrderBy(l => l.Period, StringComparer.Ordinal).Select(BudgetLineResponse.From)], fund.Version);
}

public sealed record BudgetLineResponse(string Period, decimal Budget, decimal Committed, decimal Paid, decimal Remaining)
{
    public static BudgetLineResponse From(BudgetLine line) => new(line.Period, line.Budget, line.Committed, line.Paid, line.Remaining);
}
