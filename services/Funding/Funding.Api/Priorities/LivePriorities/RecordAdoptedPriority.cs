using Funding.Api.Data;
using Funding.Api.Domain;
using MassTransit;
using Plans.Contracts;
using Platform.ServiceDefaults.Messaging;

namespace Funding.Api.Priorities.LivePriorities;

/// <summary>Keeps Funding's copy of an adopted priority, so applications can target it without asking Plans.</summary>
public sealed class RecordAdoptedPriority(FundingDbContext db) : IdempotentConsumer<PriorityAdopted, FundingDbContext>(db)
{
    protected override async Task HandleAsync(PriorityAdopted message, ConsumeContext<PriorityAdopted> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var priority = await DbContext.Priorities.FindAsync([message.PriorityId], cancellationToken);
        if (priority is null)
        {
            priority = new LivePriority { Id = message.PriorityId };
            DbContext.Priorities.Add(priority);
        }

        // A retirement that overtook its adoption on the way stays a retirement.
        priority.Title = message.Title;
        priority.SponsorAgency = message.SponsorAgency;
        priority.UpdatedAt = message.OccurredAt;
    }
}

/// <summary>
/// A retired priority takes no new applications and no new awards; open applications against it show
/// <c>priorityRetired</c> so grants officers see them and can decline them.
/// </summary>
public sealed class RecordRetiredPriority(FundingDbContext db) : IdempotentConsumer<PriorityRetired, FundingDbContext>(db)
{
    protected override async Task HandleAsync(PriorityRetired message, ConsumeContext<PriorityRetired> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var priority = await DbContext.Priorities.FindAsync([message.PriorityId], cancellationToken);
        if (priority is null)
        {
            priority = new LivePriority { Id = message.PriorityId };
            DbContext.Priorities.Add(priority);
        }

        priority.Retired = true;
        priority.UpdatedAt = message.OccurredAt;
    }
}
