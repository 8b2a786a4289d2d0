using Microsoft.AspNetCore.Http.HttpResults;
using Plans.Api.Data;
using Plans.Api.Domain;
using Plans.Api.Priorities;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Time;

namespace Plans.Api.Actions.AddAction;

internal static class AddActionEndpoint
{
    public static RouteHandlerBuilder MapAddAction(this RouteGroupBuilder workPlan) =>
        workPlan.MapPost("/", Handle)
            .WithName("AddAction")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Add a SMART action to a priority's work plan (not a retired one's).");

    private static async Task<Created<ActionResponse>> Handle(
        Guid priorityId, AddActionRequest request, PlansDbContext db, AuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var priority = await db.LockOrThrowAsync(priorityId, exclusive: false, cancellationToken);
        var action = DeliveryAction.Plan(
            priority, request.Description, request.OwnerAgency, request.DueOn,
            request.Milestones.Select(m => new Milestone(m.Title, m.DueOn)), request.SuccessMeasure, request.Enabler,
            clock.GetUtcNow());
        db.DeliveryActions.Add(action);
        var today = clock.Today();
        audit.Record(db, "action-added", nameof(DeliveryAction), action.Id.ToString(), after: ActionResponse.From(action, today));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/plans/actions/{action.Id}", ActionResponse.From(action, today));
    }
}
