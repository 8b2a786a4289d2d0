using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;

namespace Funding.Api.Funds.ReviseBudget;

public sealed record ReviseBudgetRequest([property: Range(0, 100_000_000)] decimal Budget);

internal static class ReviseBudgetEndpoint
{
    public static RouteHandlerBuilder MapReviseBudget(this RouteGroupBuilder funds) =>
        funds.MapPut("/{id:guid}/budget/{period}", Handle)
            .WithName("ReviseBudget")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Set a budget line (a financial year such as 2025-26, or whole-life); never below what is committed. Audited.");

    private static async Task<Ok<BudgetLineResponse>> Handle(
        Guid id, string period, ReviseBudgetRequest request, FundingDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        await db.FindFundOrThrowAsync(id, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var line = await db.LockBudgetLineAsync(id, BudgetPeriods.FromPath(period), cancellationToken);
        var before = BudgetLineResponse.From(line);
        line.Revise(request.Budget);
        audit.Record(db, "budget-revised", nameof(BudgetLine), $"{id}/{line.Period}", before, BudgetLineResponse.From(line));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(BudgetLineResponse.From(line));
    }
}
