namespace EndToEnd.Tests.LivePriorities;

/// <summary>A consuming service's local copy of an adopted priority, as Funding will keep one.</summary>
public sealed class LivePriority
{
    public required Guid PriorityId { get; init; }

    public required string Title { get; init; }

    public required DateTimeOffset AdoptedAt { get; init; }
}
