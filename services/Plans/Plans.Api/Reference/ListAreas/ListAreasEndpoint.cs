using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;

namespace Plans.Api.Reference.ListAreas;

internal static class ListAreasEndpoint
{
    public static RouteHandlerBuilder MapListAreas(this RouteGroupBuilder reference) =>
        reference.MapGet("/areas", Handle)
            .WithName("ListAreas")
            .WithSummary("The county and its seven districts: the areas readings and reports are broken down by.");

    private static async Task<Ok<List<AreaResponse>>> Handle(PlansDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Areas.AsNoTracking()
            .OrderBy(a => a.Kind == "county" ? 0 : 1).ThenBy(a => a.Name)
            .Select(a => new AreaResponse(a.Slug, a.Name, a.Kind))
            .ToListAsync(cancellationToken));
}

/// <param name="Kind"><c>county</c> or <c>district</c>.</param>
public sealed record AreaResponse(string Slug, string Name, string Kind);
