using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;

namespace Funding.Api.Grants.CloseGrant;

public sealed record CloseGrantRequest(
    [property: Required, StringLength(4000, MinimumLength = 3)] string Impact,
    [property: Required, StringLength(4000, MinimumLength = 3)] string AddedValue);

internal static class CloseGrantEndpoint
{
    public static RouteHandlerBuilder MapCloseGrant(this RouteGroupBuilder grants) =>
        grants.MapPost("/{id:guid}/closure", Handle)
            .WithName("CloseGrant")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Close a funded project with its outcome: Impact and Added Value, as the partnership reports them.");

    private static async Task<Ok<GrantResponse>> Handle(
        Guid id, CloseGrantRequest request, FundingDbContext db, AuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var grant = await db.LockGrantOrThrowAsync(id, cancellationToken);
        var before = GrantResponse.Money(grant);
        grant.Close(request.Impact, request.AddedValue, clock.GetUtcNow());
        audit.Record(db, "grant-closed", nameof(Grant), grant.Id.ToString(), before, GrantResponse.Money(grant));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(GrantResponse.From(grant));
    }
}
