using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;

namespace Plans.Api.Measures.ListMeasures;

internal static class ListMeasuresEndpoint
{
    public static RouteHandlerBuilder MapListMeasures(this RouteGroupBuilder measures) =>
        measures.MapGet("/", Handle)
            .WithName("ListMeasures")
            .WithSummary("Measures in the order they were defined, optionally of one outcome; pass `after` (the last id) for the next page.");

    private static async Task<Ok<MeasurePage>> Handle(
        [AsParameters] ListMeasuresQuery query, PlansDbContext db, CancellationToken cancellationToken)
    {
        var measures = db.Measures.AsNoTracking();
        if (query.OutcomeId is { } outcomeId)
        {
            measures = measures.Where(m => m.OutcomeId == outcomeId);
        }

        if (query.After is { } after)
        {
            measures = measures.Where(m => m.Id.CompareTo(after) > 0);
        }

        var limit = query.Limit ?? 50;
        var page = await measures.OrderBy(m => m.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var items = page.Take(limit).Select(MeasureResponse.From).ToList();
        return TypedResults.Ok(new MeasurePage(items, page.Count > limit ? items[^1].Id : null));
    }
}

public sealed record ListMeasuresQuery(Guid? OutcomeId, Guid? After, [property: Range(1, 200)] int? Limit);

/// <param name="NextAfter">Pass as <c>after</c> for the next page; null on the last page.</param>
public sealed record MeasurePage(IReadOnlyList<MeasureResponse> Items, Guid? NextAfter);
