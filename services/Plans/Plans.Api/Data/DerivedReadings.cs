using Microsoft.EntityFrameworkCore;

namespace Plans.Api.Data;

/// <summary>One (measure key, area) an event counts towards, for the record it is about.</summary>
internal sealed record Contribution(string Key, string Area, DateOnly PeriodStart, string SourceId, Guid MessageId);

/// <summary>Counting a batch of events into the derived readings of every measure derived from one of their keys.</summary>
internal static class DerivedReadings
{
    /// <summary>
    /// One statement: records a contribution per (matching measure, area, source record) unless that source was already
    /// counted there, then adds the contributions actually recorded to the reading of their quarter and area. Returns
    /// the number of readings changed (0 when no measure is derived from these keys or every source was counted
    /// already). Rows are written in key order, so concurrent batches touching the same readings cannot deadlock, and a
    /// batch updates each reading once however many of its events count towards it.
    /// </summary>
    public static Task<int> CountAsync(
        this PlansDbContext db, IReadOnlyList<Contribution> contributions, string eventType, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var keys = contributions.Select(c => c.Key).ToArray();
        var areas = contributions.Select(c => c.Area).ToArray();
        var periods = contributions.Select(c => c.PeriodStart).ToArray();
        var sources = contributions.Select(c => c.SourceId).ToArray();
        var messageIds = contributions.Select(c => c.MessageId).ToArray();
        return db.Database.ExecuteSqlAsync(
            $"""
            WITH inserted AS (
                INSERT INTO reading_contributions (measure_id, source_id, area, period_start, event_type, message_id, received_at)
                SELECT m.id, c.source_id, c.area, c.period_start, {eventType}, c.message_id, {receivedAt}
                FROM unnest({keys}::text[], {areas}::text[], {periods}::date[], {sources}::text[], {messageIds}::uuid[])
                    AS c(key, area, period_start, source_id, message_id)
                JOIN measures m ON m.derived_from = c.key
                ORDER BY m.id, c.source_id, c.area
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
}
