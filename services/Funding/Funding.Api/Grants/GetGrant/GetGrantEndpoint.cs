using Funding.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Data;

namespace Funding.Api.Grants.GetGrant;

public sealed record GrantDetailResponse(GrantResponse Grant, IReadOnlyList<ClaimResponse> Claims, IReadOnlyList<Domain.Payment> Payments, IReadOnlyList<Domain.MonitoringReturn> Returns);

internal static class GetGrantEndpoint
{
    public static RouteHandlerBuilder MapGetGrant(this RouteGroupBuilder grants) =>
        grants.MapGet("/{id:guid}", Handle)
            .WithName("GetGrant")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One grant with its claims, payments and monitoring returns.");

    private static async Task<Ok<GrantDetailResponse>> Handle(
        Guid id, FundingDbContext db, CurrentUser user, HttpResponse response, CancellationToken cancellationToken)
    {
        var grant = await db.FindVisibleGrantOrThrowAsync(id, user, cancellationToken);
        response.SetETag(grant.Version);
        var claims = await db.Claims.AsNoTracking().Where(c => c.GrantId == id).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var payments = await db.Payments.AsNoTracking().Where(p => p.GrantId == id).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var returns = await db.MonitoringReturns.AsNoTracking().Where(r => r.GrantId == id).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(new GrantDetailResponse(GrantResponse.From(grant), [.. claims.Select(ClaimResponse.From)], payments, returns));
    }
}
