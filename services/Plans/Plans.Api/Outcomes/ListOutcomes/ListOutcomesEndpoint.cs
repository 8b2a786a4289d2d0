using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;

namespace Plans.Api.Outcomes.ListOutcomes;

internal static class ListOutcomesEndpoint
{
    public static RouteHandlerBuilder MapListOutcomes(this RouteGroupBuilder outcomes) =>
        outcomes.MapGet("/", Handle)
            .WithName("ListOutcomes")
            .WithSummary("Outcomes in the plan's order (by number); pass `after` (the last number) for the next page.");

    private static async Task<Ok<OutcomePage>> Handle(
        [AsParameters] ListOutcomesQuery query, PlansDbContext db, CancellationToken cancellationToken)
    {
        var outcomes = db.Outcomes.AsNoTracking();
        if (query.After is { } after)
        {
            outcomes = outcomes.Where(o => o.Number > after);
        }

        var limit = query.Limit ?? 50;
        var page = await outcomes.OrderBy(o => o.Number).Take(limit + 1).ToListAsync(cancellationToken);
        var items = page.Take(limit).Select(OutcomeResponse.From).ToList();
        return TypedResults.Ok(new OutcomePage(items, page.Count > limit ? items[^1].Number : null));
    }
}

public sealed record ListOutcomesQuery(int? After, [property: Range(1, 200)] int? Limit);

/// <param name="NextAfter">Pass as <c>after</c> for the next page; null on the last page.</param>
public sealed record OutcomePage(IReadOnlyList<OutcomeResponse> Items, int? NextAfter);
