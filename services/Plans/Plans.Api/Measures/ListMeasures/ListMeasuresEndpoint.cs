using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Platform.ServiceDefaults.Http;

namespace Plans.Api.Measures.ListMeasures;

internal static class ListMeasuresEndpoint
{
    public static RouteHandlerBuilder MapListMeasures(this RouteGroupBuilder measures) =>
        measures.MapGet("/", Handle)
            .WithName("ListMeasures")
            .WithSummary("Measures in the order they were defined, optionally of one outcome; pass `after` (the last id) for the next page.");

    private static async Task<Ok<Page<MeasureResponse>>> Handle(
        [AsParameters] ListMeasuresQuery query, PlansDbContext db, CancellationToken cancellationToken)
    {
        var measures = db.Measures.AsNoTracking();
        if (query.OutcomeId is { } outcomeId)
        {
            measures = measures.Where(m => m.OutcomeId == outcomeId);
        }

        return TypedResults.Ok(await measures.ToPageAsync(m => m.Id, query.After, query.Limit, MeasureResponse.From, cancellationToken));
    }
}

public sealed record ListMeasuresQuery(Guid? OutcomeId, Guid? After, [property: Range(1, 200)] int? Limit);
