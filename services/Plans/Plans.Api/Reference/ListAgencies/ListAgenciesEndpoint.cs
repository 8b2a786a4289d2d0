using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;

namespace Plans.Api.Reference.ListAgencies;

internal static class ListAgenciesEndpoint
{
    public static RouteHandlerBuilder MapListAgencies(this RouteGroupBuilder reference) =>
        reference.MapGet("/agencies", Handle)
            .WithName("ListAgencies")
            .WithSummary("The partnership's responsible authorities, by name, with the slugs used in tokens, events and URLs.");

    private static async Task<Ok<List<AgencyResponse>>> Handle(PlansDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Agencies.AsNoTracking()
            .OrderBy(a => a.Name)
            .Select(a => new AgencyResponse(a.Slug, a.Name, a.Kind))
            .ToListAsync(cancellationToken));
}

public sealed record AgencyResponse(string Slug, string Name, string Kind);
