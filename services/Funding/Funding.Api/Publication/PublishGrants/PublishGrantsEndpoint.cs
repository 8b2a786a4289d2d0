using System.Text;
using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Funding.Api.Publication.PublishGrants;

internal static class PublishGrantsEndpoint
{
    /// <summary>Public, without sign-in (the gateway opens /api/funding/publication/ to anonymous GETs).</summary>
    public static IEndpointRouteBuilder MapPublication(this IEndpointRouteBuilder endpoints)
    {
        var publication = endpoints.MapGroup("/api/funding/publication").WithTags("Publication").AllowAnonymous();
        publication.MapGet("/360giving.json", Json)
            .WithName("Publish360GivingJson")
            .WithSummary("Published grants (accepted or completed) as a 360Giving Data Standard package; no personal contact data.");
        publication.MapGet("/360giving.csv", Csv)
            .WithName("Publish360GivingCsv")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .WithSummary("The same grants as the 360Giving flat spreadsheet (CSV, the standard's column titles).");
        return endpoints;
    }

    private static async Task<Ok<GrantPackage>> Json(FundingDbContext db, GrantPolicy policy, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await PackageAsync(db, policy, clock, cancellationToken));

    private static async Task<FileContentHttpResult> Csv(FundingDbContext db, GrantPolicy policy, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.File(
            Encoding.UTF8.GetBytes(ThreeSixtyGiving.Csv(await PackageAsync(db, policy, clock, cancellationToken))), "text/csv; charset=utf-8", "360giving.csv");

    private static async Task<GrantPackage> PackageAsync(FundingDbContext db, GrantPolicy policy, TimeProvider clock, CancellationToken cancellationToken)
    {
        var grants = await db.Grants.AsNoTracking()
            .Where(g => g.Status == GrantStatus.Accepted || g.Status == GrantStatus.Closed)
            .OrderBy(g => g.AwardedOn).ThenBy(g => g.Id)
            .ToListAsync(cancellationToken);
        var fundIds = grants.Select(g => g.FundId).Distinct().ToList();
        var funds = await db.Funds.AsNoTracking().Where(f => fundIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        return ThreeSixtyGiving.Package(grants, funds, policy, clock.GetUtcNow());
    }
}
