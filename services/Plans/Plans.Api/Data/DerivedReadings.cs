using Microsoft.EntityFrameworkCore;

namespace Plans.Api.Data;

/// <summary>Counting one event into the derived readings of every measure derived from one of its keys.</summary>
internal static class DerivedReadings
{
    /// <summary>
    /// One statement: records a contribution per (matching measure, area) unless that source was already counted
    /// there, then adds 1 per contribution actually recorded to the reading of its quarter and area. Returns the
    /// number of readings changed (0 when no measure is derived from these keys or the source was counted already).
    /// Rows are upserted in key order, so concurrent events touching the same readings cannot deadlock.
    /// </summary>
    public static Task<int> CountAsync(
        this PlansDbContext db,
        string[] keys,
        string[] areas,
        DateOnly periodStart,
        string eventType,
        string sourceId,
        Guid messageId,
        DateTimeOffset receivedAt,
        CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            WITH inserted AS (
                INSERT INTO reading_contributions (measure_id, source_id, area, period_start, event_type, message_id, received_at)
                SELECT m.id, {sourceId}, a.area, {periodStart}, {eventType}, {messageId}, {receivedAt}
                FROM measures m CROSS JOIN unnest({areas}::text[]) AS a(area)
                WHERE m.derived_from = ANY({keys}::text[])
                ON CONFLICT DO NOTHING
                RETURNING measure_id, period_start, area
            )
            INSERT INTO readings (measure_id, period_start, area, value, origin, updated_at)
            SELECT measure_id, period_start, area, count(*), 'derived', {receivedAt}
            FROM inserted
            GROUP BY measure_id, period_start, area
            ORDER BY measure_id, period_start, area
            ON CONFLICT (measure_id, period_start, area)
            DO UPDATE SET value = readings.value + EXCLUDED.value, updated_at = EXCLUDED.updated_at
            """,
            cancellationToken);
}
