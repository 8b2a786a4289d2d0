using Funding.Contracts;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using MassTransit;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Messaging;

namespace Plans.Api.Funding.RecordFunding;

/// <summary>Adds an award's money to its priority's committed total (once per event: the inbox skips redeliveries).</summary>
public sealed class RecordGrantAwarded(PlansDbContext db) : IdempotentConsumer<GrantAwarded, PlansDbContext>(db)
{
    protected override async Task HandleAsync(GrantAwarded message, ConsumeContext<GrantAwarded> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        (await DbContext.FundingOfAsync(message.PriorityId, cancellationToken)).RecordAward(message.Amount, message.OccurredAt);
    }
}

public sealed class RecordGrantPaid(PlansDbContext db) : IdempotentConsumer<GrantPaid, PlansDbContext>(db)
{
    protected override async Task HandleAsync(GrantPaid message, ConsumeContext<GrantPaid> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        (await DbContext.FundingOfAsync(message.PriorityId, cancellationToken)).RecordPayment(message.Amount, message.OccurredAt);
    }
}

public sealed class RecordGrantVaried(PlansDbContext db) : IdempotentConsumer<GrantVaried, PlansDbContext>(db)
{
    protected override async Task HandleAsync(GrantVaried message, ConsumeContext<GrantVaried> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        (await DbContext.FundingOfAsync(message.PriorityId, cancellationToken)).RecordVariation(message.Change, message.OccurredAt);
    }
}

public sealed class RecordGrantClawedBack(PlansDbContext db) : IdempotentConsumer<GrantClawedBack, PlansDbContext>(db)
{
    protected override async Task HandleAsync(GrantClawedBack message, ConsumeContext<GrantClawedBack> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        (await DbContext.FundingOfAsync(message.PriorityId, cancellationToken)).RecordClawback(message.Amount, message.OccurredAt);
    }
}

/// <summary>
/// Counts a quarterly return towards its priority's funded progress, and adds each objective's reported value to the
/// county reading, for the return's quarter, of every measure derived from <c>funding-returns:&lt;measure name&gt;</c>
/// (for example "people supported"), the way other services' events feed readings.
/// </summary>
public sealed class RecordMonitoringReturn(PlansDbContext db) : IdempotentConsumer<MonitoringReturnSubmitted, PlansDbContext>(db)
{
    protected override async Task HandleAsync(
        MonitoringReturnSubmitted message, ConsumeContext<MonitoringReturnSubmitted> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(context);
        (await DbContext.FundingOfAsync(message.PriorityId, cancellationToken)).RecordReturn(message.FinancialYear, message.Quarter, message.OccurredAt);
        await DbContext.AddReturnedValuesAsync(message, context.MessageId ?? message.EventId, cancellationToken);
    }
}

internal static class PriorityFundingLookup
{
    /// <summary>
    /// One contribution per (measure, return objective) so a return sent again under a new message id is not added twice;
    /// the reading grows by the values actually recorded.
    /// </summary>
    public static Task<int> AddReturnedValuesAsync(this PlansDbContext db, MonitoringReturnSubmitted message, Guid messageId, CancellationToken cancellationToken)
    {
        var periodStart = FinancialQuarterStart(message.FinancialYear, message.Quarter);
        var keys = message.Measures.Select(m => DerivedSources.FundingReturn(m.Measure)).ToArray();
        var sources = message.Measures.Select(m => $"{message.ReturnId}:{m.Objective}").ToArray();
        var values = message.Measures.Select(m => m.Value).ToArray();
        return db.Database.ExecuteSqlAsync(
            $"""
            WITH returned AS (
                SELECT m.id AS measure_id, r.source_id, r.value
                FROM unnest({keys}::text[], {sources}::text[], {values}::numeric[]) AS r(key, source_id, value)
                JOIN measures m ON m.derived_from = r.key
            ), inserted AS (
                INSERT INTO reading_contributions (measure_id, source_id, area, period_start, event_type, message_id, received_at)
                SELECT measure_id, source_id, {Districts.County}, {periodStart}, 'csp:funding:monitoring-return-submitted:v1', {messageId}, {message.OccurredAt}
                FROM returned
                ORDER BY measure_id, source_id
                ON CONFLICT DO NOTHING
                RETURNING measure_id, source_id
            )
            INSERT INTO readings (measure_id, period_start, area, value, origin, updated_at)
            SELECT i.measure_id, {periodStart}, {Districts.County}, sum(r.value), 'derived', {message.OccurredAt}
            FROM inserted i JOIN returned r ON r.measure_id = i.measure_id AND r.source_id = i.source_id
            GROUP BY i.measure_id
            ORDER BY i.measure_id
            ON CONFLICT (measure_id, period_start, area)
            DO UPDATE SET value = readings.value + EXCLUDED.value, updated_at = EXCLUDED.updated_at
            """,
            cancellationToken);
    }

    /// <summary>The first day of a financial year's quarter: 2025/26 Q1 is April 2025, Q4 is January 2026.</summary>
    public static DateOnly FinancialQuarterStart(string financialYear, int quarter)
    {
        ArgumentNullException.ThrowIfNull(financialYear);
        var startYear = int.Parse(financialYear[..4], System.Globalization.CultureInfo.InvariantCulture);
        return new DateOnly(startYear, 4, 1).AddMonths((quarter - 1) * 3);
    }

    /// <summary>The priority's funding row, created on its first event (the inbox transaction serialises per message, not per priority: the primary key settles a race by retry).</summary>
    public static async Task<PriorityFunding> FundingOfAsync(this PlansDbContext db, Guid priorityId, CancellationToken cancellationToken)
    {
        var funding = await db.PriorityFunding.FindAsync([priorityId], cancellationToken);
        if (funding is null)
        {
            funding = PriorityFunding.For(priorityId);
            db.PriorityFunding.Add(funding);
        }

        return funding;
    }
}
