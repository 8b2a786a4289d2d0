namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// An integration event waiting in (or already relayed from) the service's outbox. Rows are created by
/// <see cref="OutboxDbContextExtensions.AddIntegrationEvent"/> and changed only by the relay and the admin endpoints.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>The event's EventId, published as the transport MessageId.</summary>
    public Guid Id { get; init; }

    /// <summary>The wire type (the event's MessageUrn), independent of the CLR type's name.</summary>
    public required string MessageType { get; init; }

    public required string Payload { get; init; }

    /// <summary>JSON object of transport headers, including the W3C <c>traceparent</c> captured at write time.</summary>
    public required string Headers { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>Set by the database when the row is inserted.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    public int Attempts { get; init; }

    /// <summary>Set by the database when the row is inserted (due at once); pushed back after each failed attempt.</summary>
    public DateTimeOffset NextAttemptAt { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? DispatchedAt { get; init; }

    public DateTimeOffset? DeadLetteredAt { get; init; }
}
