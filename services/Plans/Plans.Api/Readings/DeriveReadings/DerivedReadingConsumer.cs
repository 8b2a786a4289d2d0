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
/// </summary>
internal abstract partial class DerivedReadingConsumer<TEvent>(
    PlansDbContext db, TimeProvider clock, ILogger logger) : IdempotentConsumer<TEvent, PlansDbContext>(db)
    where TEvent : class
{
    /// <summary>The event's wire name, stored with each contribution.</summary>
    private static readonly string EventType =
        typeof(TEvent).GetCustomAttribute<EntityNameAttribute>()?.EntityName ?? typeof(TEvent).Name;

    protected abstract EventCount CountOf(TEvent message);

    protected override async Task HandleAsync(TEvent message, ConsumeContext<TEvent> context, CancellationToken cancellationToken)
    {
        var count = CountOf(message);
        var changed = await DbContext.CountAsync(
            count.Keys,
            [.. DerivedSources.AreasFor(count.District)],
            Quarter.Containing(count.On).Start,
            EventType,
            count.SourceId,
            context.MessageId!.Value,
            clock.GetUtcNow(),
            cancellationToken);
        if (changed == 0)
        {
            LogNothingCounted(logger, EventType, context.MessageId.Value);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{EventType} {MessageId} changed no reading: no measure is derived from it, or its record was counted already")]
    private static partial void LogNothingCounted(ILogger logger, string eventType, Guid messageId);
}
