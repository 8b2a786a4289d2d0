using System.ComponentModel.DataAnnotations.Schema;
using Platform.Contracts;

namespace Platform.ServiceDefaults.Domain;

/// <summary>
/// An aggregate that decides which integration events its moves announce: a method that changes state calls
/// <see cref="Announce"/> with the event, so "when is X published?" is answered next to the rule that allows the move.
/// Announced events reach the outbox when the aggregate's DbContext saves, in the same transaction as the change
/// (<c>AnnouncedEventsInterceptor</c>); an aggregate that is never saved announces nothing.
/// </summary>
public abstract class AggregateRoot
{
    private readonly List<IntegrationEvent> announced = [];

    /// <summary>Events announced since the aggregate was last saved, in the order they were announced.</summary>
    [NotMapped]
    public IReadOnlyList<IntegrationEvent> AnnouncedEvents => announced;

    protected void Announce(IntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        announced.Add(integrationEvent);
    }

    /// <summary>Hands the announced events over (to the outbox) and forgets them, so a second save does not repeat them.</summary>
    public IReadOnlyList<IntegrationEvent> TakeAnnouncedEvents()
    {
        IntegrationEvent[] taken = [.. announced];
        announced.Clear();
        return taken;
    }
}
