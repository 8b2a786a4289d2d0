using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;

namespace Funding.Api.Funds;

/// <summary>A budget line's key: the fund and the period (a financial year such as 2025/26, or whole-life).</summary>
public sealed record BudgetKey(Guid FundId, string Period);

internal static class FundLookup
{
    private static RuleViolationException NotFound(Guid id) => new("fund-not-found", $"There is no fund {id}.", RuleViolationKind.NotFound);

    /// <summary>
    /// Fund changes, audited as the fund with its contributions; budget line changes, audited with budget, committed,
    /// paid and remaining before and after (every change of money is).
    /// </summary>
    public static IServiceCollection AddFundChanges(this IServiceCollection services) => services
        .AddChanges<FundingDbContext, Fund>(setup => setup
            .FindBy<Guid>((db, id, cancellationToken) => db.Funds.FindAsync([id], cancellationToken).AsTask(), NotFound)
            .AuditAs(fund => fund.Id.ToString(), FundSummary.From)
            .VersionedBy(fund => fund.Version))
        .AddChanges<FundingDbContext, BudgetLine>(setup => setup
            .FindBy<BudgetKey>(
                (db, key, cancellationToken) => db.BudgetLines.FindAsync([key.FundId, key.Period], cancellationToken).AsTask(),
                key => new RuleViolationException("budget-line-not-found", $"The fund has no budget for {key.Period}.", RuleViolationKind.BusinessRule))
            .AuditAs(line => $"{line.FundId}/{line.Period}", BudgetLineResponse.From));

    public static async Task<Fund> FindFundOrThrowAsync(this FundingDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Funds.FindAsync([id], cancellationToken) ?? throw NotFound(id);

    public static Task<List<BudgetLine>> BudgetOfAsync(this FundingDbContext db, Guid fundId, CancellationToken cancellationToken) =>
        db.BudgetLines.Where(l => l.FundId == fundId).ToListAsync(cancellationToken);

    /// <summary>
    /// Starts a change of a budget line holding its row lock until the caller's transaction ends, so decisions against
    /// the same pot on any replica take turns, each seeing what the one before it committed. Call inside a transaction
    /// (the change of the aggregate that spends the money), before anything else in this context has loaded the line.
    /// </summary>
    public static async Task<Change<BudgetLine>> StartLockedAsync(
        this Changes<BudgetLine> budget, FundingDbContext db, Guid fundId, string period, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A budget line's lock lasts until the transaction ends: start the change with a row lock first.");
        }

        _ = await db.Database.ExecuteSqlAsync(
            $"SELECT 1 FROM budget_lines WHERE fund_id = {fundId} AND period = {period} FOR UPDATE", cancellationToken);
        return await budget.StartAsync(new BudgetKey(fundId, period), null, cancellationToken);
    }
}

/// <summary>What the audit log keeps of a fund: who pays in what (its budget lines are audited on their own).</summary>
public sealed record FundSummary(string Code, string Name, BudgetBasis Basis, string FirstYear, int Years, IReadOnlyList<Contribution> Contributions)
{
    public static FundSummary From(Fund fund) => new(fund.Code, fund.Name, fund.Basis, fund.FirstYear.ToString(), fund.Years, fund.Contributions);
}
