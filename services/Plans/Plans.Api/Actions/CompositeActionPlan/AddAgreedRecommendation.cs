using MassTransit;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Time;
using Reviews.Contracts;

namespace Plans.Api.Actions.CompositeActionPlan;

/// <summary>
/// A review's agreed recommendation becomes one action on the Serious Violence priority's work plan (the priority
/// with code <c>serious-violence</c>, unless retired; with no priority when there is none yet). Exactly one per
/// RecommendationId: the inbox skips a redelivered message, the lookup a republished one, and the unique column
/// anything that races past both (the retry then finds the action and skips).
/// </summary>
public sealed class AddAgreedRecommendation(PlansDbContext db, AuditTrail audit)
    : IdempotentConsumer<ReviewRecommendationAgreed, PlansDbContext>(db)
{
    protected override async Task HandleAsync(
        ReviewRecommendationAgreed message, ConsumeContext<ReviewRecommendationAgreed> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (await DbContext.DeliveryActions.AnyAsync(a => a.SourceRecommendationId == message.RecommendationId, cancellationToken))
        {
            return;
        }

        var priorityId = await DbContext.Priorities
            .Where(p => p.Code == Domain.CompositeActionPlan.TargetPriorityCode && p.Status != PriorityStatus.Retired)
            .Select(p => (Guid?)p.Id)
            .SingleOrDefaultAsync(cancellationToken);
        var action = DeliveryAction.FromRecommendation(
            priorityId, message.RecommendationId, message.ReviewReference, message.Text, message.OwnerAgency, message.DueOn,
            Domain.CompositeActionPlan.EnablerFor(message.Category), message.OccurredAt);
        DbContext.DeliveryActions.Add(action);
        audit.Record(DbContext, "action-added-from-recommendation", nameof(DeliveryAction), action.Id.ToString(),
            after: ActionResponse.From(action, UkDate.Of(message.OccurredAt)));
    }
}
