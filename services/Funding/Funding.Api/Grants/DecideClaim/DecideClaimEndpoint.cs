using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Errors;

namespace Funding.Api.Grants.DecideClaim;

public sealed record DecideClaimRequest(
    [property: Required] bool? Approve,
    [property: StringLength(2000)] string? QueryReason = null);

internal static class DecideClaimEndpoint
{
    public static RouteHandlerBuilder MapDecideClaim(this RouteGroupBuilder grants) =>
        grants.MapPost("/{id:guid}/claims/{claimId:guid}/decision", Handle)
            .WithName("DecideClaim")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Approve a claim for payment, or query it (queryReason); a queried claim's amount may be claimed again.");

    private static async Task<Ok<ClaimResponse>> Handle(
        Guid id, Guid claimId, DecideClaimRequest request, FundingDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var grant = await db.LockGrantOrThrowAsync(id, cancellationToken);
        var claim = await db.FindClaimOrThrowAsync(id, claimId, cancellationToken);
        var before = ClaimResponse.From(claim);
        if (request.Approve == true)
        {
            claim.Approve();
        }
        else
        {
            grant.Query(claim, string.IsNullOrWhiteSpace(request.QueryReason)
                ? throw new RuleViolationException("query-reason-required", "queryReason: say what the grantee must explain or correct.", RuleViolationKind.BusinessRule)
                : request.QueryReason);
        }

        audit.Record(db, request.Approve == true ? "claim-approved" : "claim-queried", "Claim", claim.Id.ToString(), before, ClaimResponse.From(claim));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(ClaimResponse.From(claim));
    }
}
