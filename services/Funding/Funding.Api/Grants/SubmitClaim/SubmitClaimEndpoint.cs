using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Time;

namespace Funding.Api.Grants.SubmitClaim;

public sealed record SubmitClaimRequest(
    [property: Required] DateOnly? From,
    [property: Required] DateOnly? To,
    [property: Range(0.01, 10_000_000)] decimal Amount);

internal static class SubmitClaimEndpoint
{
    public static RouteHandlerBuilder MapSubmitClaim(this RouteGroupBuilder grants) =>
        grants.MapPost("/{id:guid}/claims", Handle)
            .WithName("SubmitClaim")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("The grantee claims in arrears for spend in a period: never above what is left of the award, never after the project period plus the grace window.");

    /// <remarks>The grant's row lock makes concurrent claims take turns, so together they never pass the award.</remarks>
    private static async Task<Created<ClaimResponse>> Handle(
        Guid id, SubmitClaimRequest request, Changes<Grant> grants, FundingDbContext db, GrantPolicy policy, CancellationToken cancellationToken)
    {
        await using var change = await grants.StartAsync(id, null, cancellationToken, RowLock.Exclusive);
        var claim = change.Aggregate.SubmitClaim(
            request.From!.Value, request.To!.Value, request.Amount, UkDate.Of(change.Now), policy.ClaimGraceDays, change.Now);
        db.Claims.Add(claim);
        await change.SaveAsync("claim-submitted", cancellationToken);
        return TypedResults.Created($"/api/funding/grants/{id}", ClaimResponse.From(claim));
    }
}
