using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
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
        Guid id, Guid claimId, DecideClaimRequest request, Changes<Grant> grants, FundingDbContext db, CancellationToken cancellationToken)
    {
        await using var change = await grants.StartAsync(id, null, cancellationToken, RowLock.Exclusive);
        var claim = await db.FindClaimOrThrowAsync(id, claimId, cancellationToken);
        if (request.Approve == true)
        {
            claim.Approve();
        }
        else
        {
            change.Aggregate.Query(claim, string.IsNullOrWhiteSpace(request.QueryReason)
                ? throw new RuleViolationException("query-reason-required", "queryReason: say what the grantee must explain or correct.", RuleViolationKind.BusinessRule)
                : request.QueryReason);
        }

        await change.SaveAsync(request.Approve == true ? "claim-approved" : "claim-queried", cancellationToken);
        return TypedResults.Ok(ClaimResponse.From(claim));
    }
}
