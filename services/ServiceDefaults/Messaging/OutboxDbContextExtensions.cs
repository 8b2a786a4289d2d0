using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using MassTransit.Serialization;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;

namespace Platform.ServiceDefaults.Messaging;

public static class OutboxDbContextExtensions
{
    /// <summary>Contexts holding outbox rows not yet committed; the commit interceptor wakes the relay when they are.</summary>
    private static readonly ConditionalWeakTable<DbContext, object> ContextsWithNewOutboxRows = [];
    private static readonly object Marked = new();

    /// <summary>
    /// Adds the event to the outbox. It is written by the context's next <c>SaveChanges</c>, in the same transaction as
    /// the state change it reports, and published after the commit with <see cref="IntegrationEvent.EventId"/> as MessageId.
    /// </summary>
    public static void AddIntegrationEvent(this DbContext dbContext, IntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(dbContext);
        ArgumentNullException.ThrowIfNull(integrationEvent);

        var eventType = integrationEvent.GetType();
        dbContext.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = integrationEvent.EventId,
            MessageType = MessageTypeRegistry.Register(eventType),
            Payload = JsonSerializer.Serialize(integrationEvent, eventType, SystemTextJsonMessageSerializer.Options),
            Headers = JsonSerializer.Serialize(TraceHeaders.Capture(Activity.Current)),
            OccurredAt = integrationEvent.OccurredAt.ToUniversalTime(),
        });
        ContextsWithNewOutboxRows.AddOrUpdate(dbContext, Marked);
    }

    /// <summary>True once per batch of rows added since the last call: the caller has just seen them committed.</summary>
    internal static bool TakeNewOutboxRowsMark(DbContext dbContext) => ContextsWithNewOutboxRows.Remove(dbContext);
}
