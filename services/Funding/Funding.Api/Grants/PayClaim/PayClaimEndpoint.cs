using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Funding.Api.Funds;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;

namespace Funding.Api.Grants.PayClaim;

public sealed record PayClaimRequest([property: Required] DateOnly? PaidOn);

internal static class PayClaimEndpoint
{
    public static RouteHandlerBuilder MapPayClaim(this RouteGroupBuilder grants) =>
        grants.MapPost("/{id:guid}/claims/{claimId:guid}/payment", Handle)
            .WithName("PayClaim")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record the payment of an approved claim; the fund's ledger shows it paid; publishes GrantPaid.");

    private static async Task<Ok<Payment>> Handle(
        Guid id, Guid claimId, PayClaimRequest request, Changes<Grant> grants, Changes<BudgetLine> budget, FundingDbContext db,
        CancellationToken cancellationToken)
    {
        await using var change = await grants.StartAsync(id, null, cancellationToken, RowLock.Exclusive);
        var grant = change.Aggregate;
        var claim = await db.FindClaimOrThrowAsync(id, claimId, cancellationToken);
        await using var line = await budget.StartLockedAsync(db, grant.FundId, grant.BudgetPeriod, cancellationToken);
        var payment = grant.Pay(claim, request.PaidOn!.Value, change.Now);
        line.Aggregate.RecordPayment(payment.Amount);
        db.Payments.Add(payment);
        await line.SaveAsync("budget-paid", cancellationToken);
        await change.SaveAsync("claim-paid", cancellationToken, duplicate: () => new RuleViolationException("claim-already-paid", "This claim has already been paid."));
        return TypedResults.Ok(payment);
    }
}
