using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
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

    private static async Task<Created<ClaimResponse>> Handle(
        Guid id, SubmitClaimRequest request, FundingDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock, GrantPolicy policy,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var grant = await db.LockGrantOrThrowAsync(id, cancellationToken, grantee: user);
        var before = GrantResponse.Money(grant);
        var now = clock.GetUtcNow();
        var claim = grant.SubmitClaim(request.From!.Value, request.To!.Value, request.Amount, UkDate.Of(now), policy.ClaimGraceDays, now);
        db.Claims.Add(claim);
        audit.Record(db, "claim-submitted", nameof(Grant), grant.Id.ToString(), before, GrantResponse.Money(grant));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/funding/grants/{id}", ClaimResponse.From(claim));
    }
}
