using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Errors;

namespace Funding.Api.Funds;

internal static class FundLookup
{
    public static async Task<Fund> FindFundOrThrowAsync(this FundingDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Funds.FindAsync([id], cancellationToken)
        ?? throw new RuleViolationException("fund-not-found", $"There is no fund {id}.", RuleViolationKind.NotFound);

    public static Task<List<BudgetLine>> BudgetOfAsync(this FundingDbContext db, Guid fundId, CancellationToken cancellationToken) =>
        db.BudgetLines.Where(l => l.FundId == fundId).ToListAsync(cancellationToken);

    /// <summary>
    /// Loads a budget line holding its row lock until the caller's transaction ends, so decisions against the same pot
    /// on any replica take turns: each sees what the one before it committed. Call inside a transaction, before anything
    /// else in this context has loaded the line.
    /// </summary>
    public static async Task<BudgetLine> LockBudgetLineAsync(
        this FundingDbContext db, Guid fundId, string period, CancellationToken cancellationToken)
    {
        _ = await db.Database.ExecuteSqlAsync(
            $"SELECT 1 FROM budget_lines WHERE fund_id = {fundId} AND period = {period} FOR UPDATE", cancellationToken);
        return await db.BudgetLines.FindAsync([fundId, period], cancellationToken)
            ?? throw new RuleViolationException(
                "budget-line-not-found", $"The fund has no budget for {period}.", RuleViolationKind.BusinessRule);
    }
}
