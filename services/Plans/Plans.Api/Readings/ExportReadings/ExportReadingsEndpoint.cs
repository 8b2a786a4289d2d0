using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Http;

namespace Plans.Api.Readings.ExportReadings;

internal static class ExportReadingsEndpoint
{
    private static readonly string Header = Csv.Line("outcome", "measure", "unit", "period", "area", "value", "origin");

    public static RouteHandlerBuilder MapExportReadings(this RouteGroupBuilder plans) =>
        plans.MapGet("/readings.csv", Handle)
            .WithName("ExportReadings")
            .ProducesValidationProblem()
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .WithSummary("Readings as CSV (outcome, measure, unit, period, area, value, origin), filtered by quarters, measure and area.");

    private static PushStreamHttpResult Handle([AsParameters] ExportReadingsQuery query, PlansDbContext db)
    {
        var rows =
            from reading in db.Readings.AsNoTracking()
            join measure in db.Measures on reading.MeasureId equals measure.Id
            join outcome in db.Outcomes on measure.OutcomeId equals outcome.Id
            select new { outcome.Number, OutcomeTitle = outcome.Title, MeasureName = measure.Name, measure.Unit, reading };
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
            rows = rows.Where(r => r.reading.Area == area);
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
                        await writer.WriteAsync(Csv.Line(
                            string.Create(CultureInfo.InvariantCulture, $"{row.Number}. {row.OutcomeTitle}"),
                            row.MeasureName,
                            row.Unit,
                            row.reading.Period.ToString(),
                            row.reading.Area,
                            ReadingValues.Plain(row.reading.Value).ToString(CultureInfo.InvariantCulture),
                            EnumNames.NameOf(row.reading.Origin))).ConfigureAwait(false);
                    }
                }
            },
            contentType: "text/csv; charset=utf-8",
            fileDownloadName: "readings.csv");
    }
}

public sealed record ExportReadingsQuery(Quarter? From, Quarter? To, Guid? MeasureId, [property: Area] string? Area);
