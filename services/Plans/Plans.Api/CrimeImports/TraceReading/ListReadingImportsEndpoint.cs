using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Plans.Api.Measures;

namespace Plans.Api.CrimeImports.TraceReading;

internal static class ListReadingImportsEndpoint
{
    public static RouteHandlerBuilder MapListReadingImports(this RouteGroupBuilder readings) =>
        readings.MapGet("/{period}/{area}/imports", Handle)
            .WithName("ListReadingImports")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("The police.uk files a police-data reading was counted from, with the rows each gave it.");

    private static async Task<Ok<ReadingImports>> Handle(Guid id, Quarter period, string area, PlansDbContext db, CancellationToken cancellationToken)
    {
        var measure = await db.FindMeasureOrThrowAsync(id, cancellationToken);
        Reading.EnsureKnownArea(area);
        CrimeTypeMapping.EnsureCountsPoliceRecordedCrime(measure);
        var crimeTypes = (await db.CrimeTypeMappings.AsNoTracking().SingleOrDefaultAsync(m => m.MeasureId == measure.Id, cancellationToken))?.CrimeTypes ?? [];
        var (start, end) = (period.Start, period.End);
        var imports = await db.CrimeImports.AsNoTracking().Include(i => i.Counts)
            .Where(i => i.SupersededAt == null && i.Month >= start && i.Month <= end)
            .OrderBy(i => i.Month).ThenBy(i => i.Force)
            .ToListAsync(cancellationToken);
        bool Counts(CrimeCount count) =>
            crimeTypes.Contains(count.CrimeType)
            && (area == Platform.Contracts.Districts.County ? count.Place != CrimeImport.OutOfArea : count.Place == area);
        var files = imports
            .Select(i => new ReadingImport(i.Id, i.FileName, i.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), i.Sha256, i.ImportedAt,
                i.Counts.Where(Counts).Sum(c => c.Rows), i.Counts.Where(c => Counts(c) && c.Place == CrimeImport.Unlocated).Sum(c => c.Rows)))
            .ToList();
        return TypedResults.Ok(new ReadingImports(measure.Id, period, area, crimeTypes, files.Sum(f => f.Rows), files));
    }
}

/// <param name="Rows">The rows of the measure's crime types the file gave this area (for the county, unlocated rows included).</param>
/// <param name="Unlocated">Of those, rows without a location (only ever in the county's reading).</param>
public sealed record ReadingImport(Guid ImportId, string FileName, string Month, string Sha256, DateTimeOffset ImportedAt, int Rows, int Unlocated);

public sealed record ReadingImports(Guid MeasureId, Quarter Period, string Area, IReadOnlyList<string> CrimeTypes, int Total, IReadOnlyList<ReadingImport> Files);
