using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Funding.Api.Funds.GetLedger;

/// <summary>
/// Per budget line and per priority: budget, committed (awards), paid, remaining. A payment counts against the budget
/// line of the award it pays (the year whose money was committed, decision 0029); <see cref="PaidByFinancialYear"/>
/// is the cash view: payments by the financial year of their date, as GrantPaid reports them.
/// </summary>
public sealed record LedgerResponse(
    Guid FundId, string Fund, IReadOnlyList<BudgetLineResponse> Periods, BudgetLineResponse Total, IReadOnlyList<PriorityLedgerLine> Priorities,
    IReadOnlyList<YearPayments> PaidByFinancialYear);

/// <summary>Payments made in a financial year (by payment date), whichever year's budget line they were committed from.</summary>
public sealed record YearPayments(string FinancialYear, decimal Paid, int Payments);

public sealed record PriorityLedgerLine(Guid PriorityId, string? Priority, string Period, decimal Committed, decimal Paid, int Grants);

internal static class GetLedgerEndpoint
{
    public static RouteHandlerBuilder MapGetLedger(this RouteGroupBuilder funds) =>
        funds.MapGet("/{id:guid}/ledger", Handle)
            .WithName("GetLedger")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The fund's ledger: budget, committed, paid and remaining per financial year (or whole life) and per priority.");

    private static async Task<Ok<LedgerResponse>> Handle(Guid id, FundingDbContext db, CancellationToken cancellationToken)
    {
        var fund = await db.FindFundOrThrowAsync(id, cancellationToken);
        var lines = await db.BudgetOfAsync(id, cancellationToken);
        var byPriority = await db.Grants.AsNoTracking()
            .Where(g => g.FundId == id)
            .GroupBy(g => new { g.PriorityId, g.BudgetPeriod })
            .Select(g => new { g.Key.PriorityId, g.Key.BudgetPeriod, Committed = g.Sum(x => x.Amount), Paid = g.Sum(x => x.Paid), Grants = g.Count() })
            .ToListAsync(cancellationToken);
        var priorityIds = byPriority.Select(p => p.PriorityId).Distinct().ToList();
        var titles = await db.Priorities.AsNoTracking().Where(p => priorityIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        var payments = await db.Payments.AsNoTracking()
            .Where(p => db.Grants.Any(g => g.Id == p.GrantId && g.FundId == id))
            .Select(p => new { p.PaidOn, p.Amount })
            .ToListAsync(cancellationToken);
        var paidByYear = payments
            .GroupBy(p => FinancialYear.Containing(p.PaidOn).ToString())
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new YearPayments(g.Key, g.Sum(p => p.Amount), g.Count()))
            .ToList();
        var periods = lines.OrderBy(l => l.Period, StringComparer.Ordinal).Select(BudgetLineResponse.From).ToList();
        var total = new BudgetLineResponse(
            "total", lines.Sum(l => l.Budget), lines.Sum(l => l.Committed), lines.Sum(l => l.Paid), lines.Sum(l => l.Remaining));
        return TypedResults.Ok(new LedgerResponse(
            fund.Id, fund.Name, periods, total,
            [.. byPriority
                .OrderBy(p => titles.GetValueOrDefault(p.PriorityId), StringComparer.Ordinal).ThenBy(p => p.BudgetPeriod, StringComparer.Ordinal)
                .Select(p => new PriorityLedgerLine(p.PriorityId, titles.GetValueOrDefault(p.PriorityId), p.BudgetPeriod, p.Committed, p.Paid, p.Grants))],
            paidByYear));
    }
}
