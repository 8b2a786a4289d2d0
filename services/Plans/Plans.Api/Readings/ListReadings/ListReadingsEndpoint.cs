using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Plans.Api.Measures;
using Platform.ServiceDefaults.Auth;

namespace Plans.Api.Readings.ListReadings;

internal static class ListReadingsEndpoint
{
    public static RouteHandlerBuilder MapListReadings(this RouteGroupBuilder readings) =>
        readings.MapGet("/", Handle)
            .WithName("ListReadings")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A measure's readings from one quarter to another (both included, e.g. from=2024-Q1&to=2025-Q4), by period then area. A disclosure-controlled measure lists every area of each quarter, with small counts withheld except to analysts.");

    private static async Task<Ok<IReadOnlyList<ReadingResponse>>> Handle(
        Guid id, [AsParameters] ListReadingsQuery query, PlansDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        var measure = await db.FindMeasureOrThrowAsync(id, cancellationToken);
        if (measure.DisclosureControlled && !user.SeesExactFigures())
        {
            return TypedResults.Ok(await ControlledAsync(measure, query, db, cancellationToken));
        }

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

    private static async Task<IReadOnlyList<ReadingResponse>> ControlledAsync(
        Measure measure, ListReadingsQuery query, PlansDbContext db, CancellationToken cancellationToken)
    {
        var figures = await ReadingDisclosure.ForAsync(db, [measure], query.From?.Start, query.To?.Start, cancellationToken);
        return [.. from start in figures.QuartersOf(measure.Id)
                   from area in ReadingDisclosure.Areas
                   where query.Area is null || query.Area == area
                   select ReadingResponse.Controlled(measure.Id, Quarter.FromStart(start), area, figures[measure.Id, start, area])];
    }
}

public sealed record ListReadingsQuery(Quarter? From, Quarter? To, [property: Area] string? Area);
