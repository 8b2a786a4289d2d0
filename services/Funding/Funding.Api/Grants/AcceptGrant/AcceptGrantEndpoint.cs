using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Funding.Api.Grants.AcceptGrant;

internal static class AcceptGrantEndpoint
{
    public static RouteHandlerBuilder MapAcceptGrant(this RouteGroupBuilder grants) =>
        grants.MapPost("/{id:guid}/acceptance", Handle)
            .WithName("AcceptGrant")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The grantee accepts the grant agreement (offer and conditions); the grant is then published.");

    private static async Task<Ok<GrantResponse>> Handle(
        Guid id, FundingDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var grant = await db.FindAsGranteeOrThrowAsync(id, user, cancellationToken);
        var before = GrantResponse.Money(grant);
        grant.Accept(clock.GetUtcNow());
        audit.Record(db, "grant-accepted", nameof(Grant), grant.Id.ToString(), before, GrantResponse.Money(grant));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(GrantResponse.From(grant));
    }
}
