using Funding.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Http;

namespace Funding.Api.Grants.ListGrants;

internal static class ListGrantsEndpoint
{
    public static RouteHandlerBuilder MapListGrants(this RouteGroupBuilder grants) =>
        grants.MapGet("/", Handle)
            .WithName("ListGrants")
            .WithSummary("Grants the caller may see, oldest first; fundId and priorityId narrow it.");

    private static async Task<Ok<Page<GrantResponse>>> Handle(
        Guid? fundId, Guid? priorityId, Guid? after, [System.ComponentModel.DataAnnotations.Range(1, 200)] int? limit,
        FundingDbContext db, CurrentUser user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.VisibleTo(user).AsNoTracking()
            .Where(g => fundId == null || g.FundId == fundId)
            .Where(g => priorityId == null || g.PriorityId == priorityId)
            .ToPageAsync(g => g.Id, after, limit, GrantResponse.From, cancellationToken));
}
