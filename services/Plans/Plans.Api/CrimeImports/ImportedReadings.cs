using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;

namespace Plans.Api.CrimeImports;

/// <summary>
/// The readings of measures counted from police data, recounted from the current imports: per quarter, each
/// district's rows of the measure's crime types, and for the county the districts' plus the unlocated rows
/// (out-of-area rows count nowhere). Every area of a quarter with any import gets a reading, 0 included; the note
/// names the months it holds, so a quarter still missing a month says so.
/// </summary>
internal static class ImportedReadings
{
    /// <summary>Recounts <paramref name="quarters"/> (all quarters with imports when null) for every police-data measure, or one.</summary>
    public static async Task<int> RecountAsync(
        this PlansDbContext db, IReadOnlyCollection<Quarter>? quarters, Guid? measureId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var starts = quarters?.Select(q => q.Start).Distinct().ToArray()
            ?? await db.Database.SqlQuery<DateOnly>(
                $"SELECT DISTINCT date_trunc('quarter', month)::date AS \"Value\" FROM crime_imports WHERE superseded_at IS NULL")
                .ToArrayAsync(cancellationToken);
        var source = DerivedSources.PoliceRecordedCrime;
        var areas = Platform.Contracts.Districts.All.Append(Platform.Contracts.Districts.County).ToArray();
        await db.Database.ExecuteSqlAsync(
            $"""
            DELETE FROM readings r USING measures m
            WHERE r.measure_id = m.id AND m.derived_from = {source} AND r.period_start = ANY({starts})
              AND ({measureId}::uuid IS NULL OR m.id = {measureId})
            """,
            cancellationToken);
        return await db.Database.ExecuteSqlAsync(
            $"""
            WITH imported AS (
                SELECT date_trunc('quarter', i.month)::date AS period_start, i.id, i.month
                FROM crime_imports i
                WHERE i.superseded_at IS NULL AND date_trunc('quarter', i.month)::date = ANY({starts})
            ), months AS (
                SELECT period_start, string_agg(DISTINCT to_char(month, 'YYYY-MM'), ', ' ORDER BY to_char(month, 'YYYY-MM')) AS months
                FROM imported GROUP BY period_start
            ), counted AS (
                SELECT t.measure_id, im.period_start, a.area, sum(c.row_count) AS value
                FROM imported im
                JOIN crime_import_counts c ON c.import_id = im.id
                JOIN crime_type_mappings t ON c.crime_type = ANY(t.crime_types)
                CROSS JOIN LATERAL (VALUES (c.place), ('county')) AS a(area)
                WHERE c.place <> 'out-of-area' AND a.area <> 'unlocated'
                GROUP BY t.measure_id, im.period_start, a.area
            )
            INSERT INTO readings (measure_id, period_start, area, value, origin, note, updated_at)
            SELECT m.id, mo.period_start, a.area, coalesce(c.value, 0), 'derived',
                   'police.uk street-level data, months ' || mo.months, {now}
            FROM measures m
            JOIN crime_type_mappings t ON t.measure_id = m.id
            CROSS JOIN months mo
            CROSS JOIN unnest({areas}::text[]) AS a(area)
            LEFT JOIN counted c ON c.measure_id = m.id AND c.period_start = mo.period_start AND c.area = a.area
            WHERE m.derived_from = {source} AND ({measureId}::uuid IS NULL OR m.id = {measureId})
            ORDER BY m.id, mo.period_start, a.area
            """,
            cancellationToken);
    }
}
