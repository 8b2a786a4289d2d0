using MassTransit;
using Plans.Contracts;
using Platform.ServiceDefaults.Messaging;

namespace EndToEnd.Tests.LivePriorities;

/// <summary>Keeps the local copy; an insert per delivery, so applying a message twice would fail on the key.</summary>
public sealed class RecordLivePriority(LivePrioritiesDbContext db) : IdempotentConsumer<PriorityAdopted, LivePrioritiesDbContext>(db)
{
    protected override Task HandleAsync(PriorityAdopted message, ConsumeContext<PriorityAdopted> context, CancellationToken cancellationToken)
    {
        DbContext.LivePriorities.Add(new LivePriority
        {
            PriorityId = message.PriorityId,
            Title = message.Title,
            AdoptedAt = message.OccurredAt,
        });
        return Task.CompletedTask;
    }
}
