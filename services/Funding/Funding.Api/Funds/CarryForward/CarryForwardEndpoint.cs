using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;
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
            .WithSummary("By decision, move unspent (uncommitted) money of a financial year into the next year's budget. Audited.");

    private static async Task<Ok<FundResponse>> Handle(
        Guid id, CarryForwardRequest request, FundingDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        var fund = await db.FindFundOrThrowAsync(id, cancellationToken);
        if (fund.Basis != BudgetBasis.PerYear)
        {
            throw new RuleViolationException("carry-forward-whole-life-fund", "A whole-life budget has no years to carry money between.", RuleViolationKind.BusinessRule);
        }

        var from = FinancialYear.Parse(request.FromYear);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var source = await db.LockBudgetLineAsync(id, from.ToString(), cancellationToken); // earlier year first: one lock order
        var target = await db.LockBudgetLineAsync(id, from.Next.ToString(), cancellationToken);
        var before = new[] { BudgetLineResponse.From(source), BudgetLineResponse.From(target) };
        source.CarryForwardTo(target, request.Amount);
        audit.Record(
            db, "budget-carried-forward", nameof(Fund), fund.Id.ToString(), before,
            new { lines = new[] { BudgetLineResponse.From(source), BudgetLineResponse.From(target) }, request.Decision });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(FundResponse.From(fund, await db.BudgetOfAsync(id, cancellationToken)));
    }
}
