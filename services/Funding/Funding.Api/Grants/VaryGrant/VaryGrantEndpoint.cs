using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Funding.Api.Funds;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Funding.Api.Grants.VaryGrant;

public sealed record VaryGrantRequest(
    [property: Range(0.01, 10_000_000)] decimal Amount,
    [property: Required, StringLength(2000, MinimumLength = 3)] string Reason);

internal static class VaryGrantEndpoint
{
    public static RouteHandlerBuilder MapVaryGrant(this RouteGroupBuilder grants) =>
        grants.MapPost("/{id:guid}/variation", Handle)
            .WithName("VaryGrant")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Vary the award with a reason: an increase commits more of the budget (refused if it would over-commit), a decrease releases it.");

    private static async Task<Ok<GrantResponse>> Handle(
        Guid id, VaryGrantRequest request, FundingDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var grant = await db.LockGrantOrThrowAsync(id, cancellationToken);
        var line = await db.LockBudgetLineAsync(grant.FundId, grant.BudgetPeriod, cancellationToken);
        var before = new { grant = GrantResponse.Money(grant), budget = BudgetLineResponse.From(line) };
        var change = grant.Vary(request.Amount, request.Reason, user.Id, clock.GetUtcNow());
        if (change > 0)
        {
            line.Commit(change);
        }
        else
        {
            line.Release(-change);
        }

        audit.Record(db, "grant-varied", nameof(Grant), grant.Id.ToString(), before,
            new { grant = GrantResponse.Money(grant), budget = BudgetLineResponse.From(line), request.Reason });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(GrantResponse.From(grant));
    }
}
