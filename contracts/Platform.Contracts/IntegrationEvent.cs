namespace Platform.Contracts;

/// <summary>
/// Base of every integration event. Concrete events are immutable, past-tense records that carry a stable
/// wire name (<c>[MessageUrn]</c>, <c>[EntityName]</c>, both ending in the version) and the id of the aggregate
/// they concern. They never carry personal data: ids, codes and counts only.
/// </summary>
public abstract record IntegrationEvent
{
    /// <summary>Unique per event; also the transport MessageId, so consumers de-duplicate on it.</summary>
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    public required DateTimeOffset OccurredAt { get; init; }
}
