using System.Reflection;
using MassTransit;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Messaging;

namespace Plans.Api.Readings.DeriveReadings;

/// <summary>What one event counts towards: the measures' keys, the day it happened, where, and the record counted.</summary>
internal sealed record EventCount(string[] Keys, DateOnly On, string? District, string SourceId);

/// <summary>
/// Counts each event once (inbox on the message id) into the derived readings of every measure derived from one of
/// its keys, for the event's district and the county, in the quarter of the event's own date. A contribution row per
/// (measure, source id, area) keeps the count right when the same record is published again under a new message id,
/// and shows which events made a reading. Events no measure is derived from are acknowledged and not recorded.
/// Events are taken in batches (one transaction each): a busy quarter's county reading is then updated once per batch
/// rather than once per event, which is what lets ingestion keep up with a partner system's bulk upload.
/// </summary>
internal abstract partial class DerivedReadingConsumer<TEvent>(
    PlansDbContext db, TimeProvider clock, ILogger logger) : IdempotentBatchConsumer<TEvent, PlansDbContext>(db)
    where TEvent : class
{
    /// <summary>The event's wire name, stored with each contribution.</summary>
    private static readonly string EventType =
        typeof(TEvent).GetCustomAttribute<EntityNameAttribute>()?.EntityName ?? typeof(TEvent).Name;

    protected abstract EventCount CountOf(TEvent message);

    protected override async Task HandleAsync(IReadOnlyList<ConsumeContext<TEvent>> firstDeliveries, CancellationToken cancellationToken)
    {
        var contributions = firstDeliveries
            .SelectMany(delivery =>
            {
                var count = CountOf(delivery.Message);
                var periodStart = Quarter.Containing(count.On).Start;
                return
                    from key in count.Keys
                    from area in DerivedSources.AreasFor(count.District)
                    select new Contribution(key, area, periodStart, count.SourceId, delivery.MessageId!.Value);
            })
            .ToList();
        var changed = await DbContext.CountAsync(contributions, EventType, clock.GetUtcNow(), cancellationToken);
        if (changed == 0)
        {
            LogNothingCounted(logger, EventType, firstDeliveries.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Count} {EventType} events changed no reading: no measure is derived from them, or their records were counted already")]
    private static partial void LogNothingCounted(ILogger logger, string eventType, int count);
}
