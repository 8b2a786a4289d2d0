using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Funding.Api.Funds.GetLedger;

/// <summary>Per budget line and per priority: budget, committed (awards), paid, remaining.</summary>
public sealed record LedgerResponse(
    Guid FundId, string Fund, IReadOnlyList<BudgetLineResponse> Periods, BudgetLineResponse Total, IReadOnlyList<PriorityLedgerLine> Priorities);

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
        var periods = lines.OrderBy(l => l.Period, StringComparer.Ordinal).Select(BudgetLineResponse.From).ToList();
        var total = new BudgetLineResponse(
            "total", lines.Sum(l => l.Budget), lines.Sum(l => l.Committed), lines.Sum(l => l.Paid), lines.Sum(l => l.Remaining));
        return TypedResults.Ok(new LedgerResponse(
            fund.Id, fund.Name, periods, total,
            [.. byPriority
                .OrderBy(p => titles.GetValueOrDefault(p.PriorityId), StringComparer.Ordinal).ThenBy(p => p.BudgetPeriod, StringComparer.Ordinal)
                .Select(p => new PriorityLedgerLine(p.PriorityId, titles.GetValueOrDefault(p.PriorityId), p.BudgetPeriod, p.Committed, p.Paid, p.Grants))]));
    }
}
