using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Funding.Api.Funds;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Funding.Api.Grants.ClawBackGrant;

public sealed record ClawBackRequest(
    [property: Range(0.01, 10_000_000)] decimal Amount,
    [property: Required, StringLength(2000, MinimumLength = 3)] string Reason);

internal static class ClawBackGrantEndpoint
{
    public static RouteHandlerBuilder MapClawBackGrant(this RouteGroupBuilder grants) =>
        grants.MapPost("/{id:guid}/clawback", Handle)
            .WithName("ClawBackGrant")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Recover money already paid, with the reason; it returns to the fund's budget.");

    private static async Task<Ok<GrantResponse>> Handle(
        Guid id, ClawBackRequest request, FundingDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var grant = await db.LockGrantOrThrowAsync(id, cancellationToken);
        var line = await db.LockBudgetLineAsync(grant.FundId, grant.BudgetPeriod, cancellationToken);
        var before = new { grant = GrantResponse.Money(grant), budget = BudgetLineResponse.From(line) };
        grant.ClawBack(request.Amount, request.Reason, user.Id, clock.GetUtcNow());
        line.RecoverPayment(request.Amount);
        audit.Record(db, "grant-clawed-back", nameof(Grant), grant.Id.ToString(), before,
            new { grant = GrantResponse.Money(grant), budget = BudgetLineResponse.From(line), request.Reason });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(GrantResponse.From(grant));
    }
}
