using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;

namespace Funding.Api.Funds.CarryForward;

public sealed record CarryForwardRequest(
    [property: Required, RegularExpression(FinancialYear.PatternText, ErrorMessage = "Write the financial year as 2025/26.")] string FromYear,
    [property: Range(0.01, 100_000_000)] decimal Amount,
    [property: Required, StringLength(2000, MinimumLength = 3)] string Decision);

internal static class CarryForwardEndpoint
{
    public static RouteHandlerBuilder MapCarryForward(this RouteGroupBuilder funds) =>
        funds.MapPost("/{id:guid}/carry-forward", Handle)
            .WithName("CarryForward")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("By decision, move unspent (uncommitted) money of a financial year into the next year's budget. Both lines are audited.");

    private static async Task<Ok<FundResponse>> Handle(
        Guid id, CarryForwardRequest request, Changes<Fund> funds, Changes<BudgetLine> budget, FundingDbContext db,
        CancellationToken cancellationToken)
    {
        await using var fund = await funds.StartAsync(id, null, cancellationToken, RowLock.Shared);
        if (fund.Aggregate.Basis != BudgetBasis.PerYear)
        {
            throw new RuleViolationException("carry-forward-whole-life-fund", "A whole-life budget has no years to carry money between.", RuleViolationKind.BusinessRule);
        }

        var from = FinancialYear.Parse(request.FromYear);
        await using var source = await budget.StartLockedAsync(db, id, from.ToString(), cancellationToken); // earlier year first: one lock order
        await using var target = await budget.StartLockedAsync(db, id, from.Next.ToString(), cancellationToken);
        source.AlsoChanges(target.Aggregate, "budget-carried-forward-into");
        source.Aggregate.CarryForwardTo(target.Aggregate, request.Amount);
        await source.SaveAsync("budget-carried-forward", cancellationToken);
        await db.Database.CommitTransactionAsync(cancellationToken);
        return TypedResults.Ok(FundResponse.From(fund.Aggregate, await db.BudgetOfAsync(id, cancellationToken)));
    }
}
