using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Plans.Api.Measures;

namespace Plans.Api.Readings.ListReadings;

internal static class ListReadingsEndpoint
{
    public static RouteHandlerBuilder MapListReadings(this RouteGroupBuilder readings) =>
        readings.MapGet("/", Handle)
            .WithName("ListReadings")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A measure's readings from one quarter to another (both included, e.g. from=2024-Q1&to=2025-Q4), by period then area.");

    private static async Task<Ok<IReadOnlyList<ReadingResponse>>> Handle(
        Guid id, [AsParameters] ListReadingsQuery query, PlansDbContext db, CancellationToken cancellationToken)
    {
        var measure = await db.FindMeasureOrThrowAsync(id, cancellationToken);
        var readings = db.Readings.AsNoTracking().Where(r => r.MeasureId == measure.Id);
        if (query.From is { } from)
        {
            readings = readings.Where(r => r.PeriodStart >= from.Start);
        }

        if (query.To is { } to)
        {
            readings = readings.Where(r => r.PeriodStart <= to.Start);
        }

        if (query.Area is { } area)
        {
            readings = readings.Where(r => r.Area == area);
        }

        var list = await readings.OrderBy(r => r.PeriodStart).ThenBy(r => r.Area).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ReadingResponse>>(list.Select(ReadingResponse.From).ToList());
    }
}

public sealed record ListReadingsQuery(Quarter? From, Quarter? To, [property: Area] string? Area);
