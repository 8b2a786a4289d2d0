using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Retention;

namespace Platform.ServiceDefaults.Audit;

/// <summary>
/// The audit log's own retention, longer than that of any record it describes: entries are kept seven years (the
/// Limitation Act 1980's six for a claim, plus the year in progress; the partnership's to confirm, rule
/// <c>audit-log</c>) and then dropped a whole calendar month at a time, by dropping the month's partition (migration
/// 0003, decision 0042), so no entry is ever updated or deleted. Each run also adds the partitions of the months ahead
/// (and files entries that arrived before their month's partition existed), under the retention job's advisory lock.
/// The job audits the run by the cutoff, the months dropped and the number of entries they held, never their content.
/// </summary>
public static class AuditLogRetention
{
    public const string Name = "audit-log";

    public static readonly TimeSpan DefaultKeepFor = TimeSpan.FromDays(7 * 365);

    /// <summary>Partitions exist this many months ahead of the service's clock, so entries never wait in the default.</summary>
    public const int MonthsAhead = 3;

    /// <summary>The rule; it does nothing for a context that does not map the audit log (the identity service's).</summary>
    public static RetentionRule<TContext> Rule<TContext>()
        where TContext : DbContext =>
        new(Name, DefaultKeepFor, async (db, cutoff, now, cancellationToken) =>
        {
            if (db.Model.FindEntityType(typeof(AuditEntry)) is null)
            {
                return new RetentionOutcome(0);
            }

            await db.Database.ExecuteSqlAsync($"SELECT audit_log_prepare_months({now}, {MonthsAhead})", cancellationToken).ConfigureAwait(false);
            var dropped = await db.Database
                .SqlQuery<DroppedMonth>($"SELECT month AS \"Month\", entries AS \"Entries\" FROM audit_log_drop_months_before({cutoff})")
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return new RetentionOutcome((int)dropped.Sum(month => month.Entries), [.. dropped.Select(month => month.Month)]);
        });

    private sealed record DroppedMonth(string Month, long Entries);
}
