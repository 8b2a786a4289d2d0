using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.Contracts;

namespace Plans.Api.Consultations;

internal static class ConsultationEvidenceLookup
{
    /// <summary>The consultation's evidence row, created by whichever of its events arrives first.</summary>
    public static async Task<ConsultationEvidence> EvidenceOfAsync(this PlansDbContext db, Guid consultationId, CancellationToken cancellationToken)
    {
        var evidence = await db.ConsultationEvidence.FindAsync([consultationId], cancellationToken);
        if (evidence is null)
        {
            evidence = ConsultationEvidence.For(consultationId);
            db.ConsultationEvidence.Add(evidence);
        }

        return evidence;
    }

    /// <summary>
    /// Sets (not adds: a percentage is a level, not a count) the county reading of each measure derived from one of the
    /// results' indicators, for the quarter the consultation closed in, and records the consultation as the reading's
    /// source. A later consultation closing in the same quarter replaces the figure.
    /// </summary>
    public static Task<int> SetPerceptionReadingsAsync(
        this PlansDbContext db, Guid consultationId, DateOnly periodStart, IReadOnlyList<PerceptionResult> indicators, Guid messageId,
        DateTimeOffset at, CancellationToken cancellationToken)
    {
        var keys = indicators.Select(i => DerivedSources.ConsultationResult(i.Code)).ToArray();
        var values = indicators.Select(i => i.Percent).ToArray();
        var source = consultationId.ToString();
        return db.Database.ExecuteSqlAsync(
            $"""
            WITH fed AS (
                SELECT m.id AS measure_id, r.value
                FROM unnest({keys}::text[], {values}::numeric[]) AS r(key, value)
                JOIN measures m ON m.derived_from = r.key
            ), traced AS (
                INSERT INTO reading_contributions (measure_id, source_id, area, period_start, event_type, message_id, received_at)
                SELECT measure_id, {source}, {Districts.County}, {periodStart}, 'csp:consultation:results-published:v1', {messageId}, {at}
                FROM fed
                ORDER BY measure_id
                ON CONFLICT DO NOTHING
            )
            INSERT INTO readings (measure_id, period_start, area, value, origin, updated_at)
            SELECT measure_id, {periodStart}, {Districts.County}, value, 'derived', {at}
            FROM fed
            ORDER BY measure_id
            ON CONFLICT (measure_id, period_start, area)
            DO UPDATE SET value = EXCLUDED.value, origin = 'derived', updated_at = EXCLUDED.updated_at
            """,
            cancellationToken);
    }
}
