using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;

namespace Funding.Api.Funds.ReviseBudget;

public sealed record ReviseBudgetRequest([property: Range(0, 100_000_000)] decimal Budget);

internal static class ReviseBudgetEndpoint
{
    public static RouteHandlerBuilder MapReviseBudget(this RouteGroupBuilder funds) =>
        funds.MapPut("/{id:guid}/budget/{period}", Handle)
            .WithName("ReviseBudget")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Set a budget line (a financial year written 2025-26, or whole-life); never below what is committed. Audited.");

    private static async Task<Ok<BudgetLineResponse>> Handle(
        Guid id, string period, ReviseBudgetRequest request, Changes<Fund> funds, Changes<BudgetLine> budget, FundingDbContext db,
        CancellationToken cancellationToken)
    {
        await using var fund = await funds.StartAsync(id, null, cancellationToken, RowLock.Shared);
        await using var change = await budget.StartLockedAsync(db, id, BudgetPeriods.FromPath(period), cancellationToken);
        change.Aggregate.Revise(request.Budget);
        await change.SaveAsync("budget-revised", cancellationToken);
        await db.Database.CommitTransactionAsync(cancellationToken);
        return TypedResults.Ok(BudgetLineResponse.From(change.Aggregate));
    }
}
