using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Http;

namespace Plans.Api.Readings.ExportReadings;

internal static class ExportReadingsEndpoint
{
    private static readonly string Header = Csv.Line("outcome", "measure", "unit", "period", "area", "value", "origin", "withheld");

    public static RouteHandlerBuilder MapExportReadings(this RouteGroupBuilder plans) =>
        plans.MapGet("/readings.csv", Handle)
            .WithName("ExportReadings")
            .ProducesValidationProblem()
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .WithSummary("Readings as CSV (outcome, measure, unit, period, area, value, origin, withheld), filtered by quarters, measure and area. Disclosure-controlled measures list every area of each quarter, small counts withheld (empty value, withheld true) except to analysts.");

    private static async Task<PushStreamHttpResult> Handle(
        [AsParameters] ExportReadingsQuery query, PlansDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        var controlled = ControlledFigures.None;
        if (!user.SeesExactFigures())
        {
            var measures = await db.Measures.AsNoTracking()
                .Where(m => m.DisclosureControlled && (query.MeasureId == null || m.Id == query.MeasureId))
                .ToListAsync(cancellationToken);
            controlled = await ReadingDisclosure.ForAsync(db, measures, query.From?.Start, query.To?.Start, cancellationToken);
        }

        var rows =
            from reading in db.Readings.AsNoTracking()
            join measure in db.Measures on reading.MeasureId equals measure.Id
            join outcome in db.Outcomes on measure.OutcomeId equals outcome.Id
            select new { outcome.Number, OutcomeTitle = outcome.Title, MeasureName = measure.Name, measure.Unit, measure.DisclosureControlled, reading };
        if (query.From is { } from)
        {
            rows = rows.Where(r => r.reading.PeriodStart >= from.Start);
        }

        if (query.To is { } to)
        {
            rows = rows.Where(r => r.reading.PeriodStart <= to.Start);
        }

        if (query.MeasureId is { } measureId)
        {
            rows = rows.Where(r => r.reading.MeasureId == measureId);
        }

        if (query.Area is { } area)
        {
            // A controlled quarter is written whole below, whichever of its areas has a reading.
            rows = rows.Where(r => r.reading.Area == area || (r.DisclosureControlled && r.reading.Area == Platform.Contracts.Districts.County));
        }

        var ordered = rows
            .OrderBy(r => r.Number).ThenBy(r => r.MeasureName).ThenBy(r => r.reading.MeasureId)
            .ThenBy(r => r.reading.PeriodStart).ThenBy(r => r.reading.Area);
        return TypedResults.Stream(
            async body =>
            {
                var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024);
                await using (writer.ConfigureAwait(false))
                {
                    await writer.WriteAsync(Header).ConfigureAwait(false);
                    await foreach (var row in ordered.AsAsyncEnumerable().ConfigureAwait(false))
                    {
                        var outcomeName = string.Create(CultureInfo.InvariantCulture, $"{row.Number}. {row.OutcomeTitle}");
                        if (controlled.Covers(row.reading.MeasureId, row.reading.PeriodStart))
                        {
                            // Every area of the quarter once, on its county row (always present when any area is).
                            if (row.reading.Area == Platform.Contracts.Districts.County)
                            {
                                foreach (var area in ReadingDisclosure.Areas.Where(a => query.Area is null || query.Area == a))
                                {
                                    var value = controlled[row.reading.MeasureId, row.reading.PeriodStart, area];
                                    await writer.WriteAsync(Csv.Line(
                                        outcomeName, row.MeasureName, row.Unit, row.reading.Period.ToString(), area,
                                        value?.ToString(CultureInfo.InvariantCulture) ?? "",
                                        EnumNames.NameOf(ReadingOrigin.Derived),
                                        value is null ? "true" : "false")).ConfigureAwait(false);
                                }
                            }

                            continue;
                        }

                        await writer.WriteAsync(Csv.Line(
                            outcomeName,
                            row.MeasureName,
                            row.Unit,
                            row.reading.Period.ToString(),
                            row.reading.Area,
                            ReadingValues.Plain(row.reading.Value).ToString(CultureInfo.InvariantCulture),
                            EnumNames.NameOf(row.reading.Origin),
                            "false")).ConfigureAwait(false);
                    }
                }
            },
            contentType: "text/csv; charset=utf-8",
            fileDownloadName: "readings.csv");
    }
}

public sealed record ExportReadingsQuery(Quarter? From, Quarter? To, Guid? MeasureId, [property: Area] string? Area);
