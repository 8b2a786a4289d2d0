using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Funding.Api.Funds;
using Funding.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Errors;
using Platform.ServiceDefaults.Messaging;

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
        Guid id, Guid claimId, PayClaimRequest request, FundingDbContext db, AuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var grant = await db.LockGrantOrThrowAsync(id, cancellationToken);
        var claim = await db.FindClaimOrThrowAsync(id, claimId, cancellationToken);
        var line = await db.LockBudgetLineAsync(grant.FundId, grant.BudgetPeriod, cancellationToken);
        var before = new { grant = GrantResponse.Money(grant), budget = BudgetLineResponse.From(line) };
        var now = clock.GetUtcNow();
        var payment = grant.Pay(claim, request.PaidOn!.Value, now);
        line.RecordPayment(payment.Amount);
        db.Payments.Add(payment);
        db.AddIntegrationEvent(new GrantPaid
        {
            OccurredAt = now,
            GrantId = grant.Id,
            PaymentId = payment.Id,
            FundId = grant.FundId,
            PriorityId = grant.PriorityId,
            Amount = payment.Amount,
            TotalPaid = grant.Paid,
            PaidOn = payment.PaidOn,
            FinancialYear = FinancialYear.Containing(payment.PaidOn).ToString(),
        });
        audit.Record(db, "claim-paid", nameof(Grant), grant.Id.ToString(), before, new { grant = GrantResponse.Money(grant), budget = BudgetLineResponse.From(line) });
        await db.SaveChangesOrRefuseAsync(
            () => new RuleViolationException("claim-already-paid", "This claim has already been paid."), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(payment);
    }
}
