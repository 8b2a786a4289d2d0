using Funding.Contracts;
using MassTransit;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Messaging;

namespace Plans.Api.Funding.RecordFunding;

/// <summary>Adds an award's money to its priority's committed total (once per event: the inbox skips redeliveries).</summary>
public sealed class RecordGrantAwarded(PlansDbContext db) : IdempotentConsumer<GrantAwarded, PlansDbContext>(db)
{
    protected override async Task HandleAsync(GrantAwarded message, ConsumeContext<GrantAwarded> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        (await DbContext.FundingOfAsync(message.PriorityId, cancellationToken)).RecordAward(message.Amount, message.OccurredAt);
    }
}

public sealed class RecordGrantPaid(PlansDbContext db) : IdempotentConsumer<GrantPaid, PlansDbContext>(db)
{
    protected override async Task HandleAsync(GrantPaid message, ConsumeContext<GrantPaid> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        (await DbContext.FundingOfAsync(message.PriorityId, cancellationToken)).RecordPayment(message.Amount, message.OccurredAt);
    }
}

public sealed class RecordMonitoringReturn(PlansDbContext db) : IdempotentConsumer<MonitoringReturnSubmitted, PlansDbContext>(db)
{
    protected override async Task HandleAsync(
        MonitoringReturnSubmitted message, ConsumeContext<MonitoringReturnSubmitted> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        (await DbContext.FundingOfAsync(message.PriorityId, cancellationToken)).RecordReturn(message.FinancialYear, message.Quarter, message.OccurredAt);
    }
}

internal static class PriorityFundingLookup
{
    /// <summary>The priority's funding row, created on its first event (the inbox transaction serialises per message, not per priority: the primary key settles a race by retry).</summary>
    public static async Task<PriorityFunding> FundingOfAsync(this PlansDbContext db, Guid priorityId, CancellationToken cancellationToken)
    {
        var funding = await db.PriorityFunding.FindAsync([priorityId], cancellationToken);
        if (funding is null)
        {
            funding = PriorityFunding.For(priorityId);
            db.PriorityFunding.Add(funding);
        }

        return funding;
    }
}
