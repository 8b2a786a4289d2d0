using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.ServiceDefaults.Domain;
using Platform.ServiceDefaults.Messaging;

namespace Platform.ServiceDefaults.Changes;

/// <summary>
/// Moves the events tracked aggregates announced into the outbox just before <c>SaveChanges</c> writes, so they are
/// written in the same transaction as the change that announced them (and rolled back with it).
/// </summary>
internal sealed class AnnouncedEventsInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        MoveAnnouncedEventsToOutbox(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        MoveAnnouncedEventsToOutbox(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void MoveAnnouncedEventsToOutbox(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var aggregates = context.ChangeTracker.Entries<AggregateRoot>()
            .Where(entry => entry.State != EntityState.Detached && entry.Entity.AnnouncedEvents.Count > 0)
            .Select(entry => entry.Entity)
            .ToList();
        foreach (var integrationEvent in aggregates.SelectMany(aggregate => aggregate.TakeAnnouncedEvents()))
        {
            context.AddIntegrationEvent(integrationEvent);
        }
    }
}
