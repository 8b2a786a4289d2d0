namespace Platform.ServiceDefaults.Messaging;

/// <summary>A message a consumer has applied; its key makes a redelivery of the same MessageId a no-op.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }

    public required string Consumer { get; init; }

    /// <summary>Set by the database when the row is inserted.</summary>
    public DateTimeOffset ProcessedAt { get; init; }
}
