using Microsoft.AspNetCore.Http.HttpResults;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Changes;
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

    /// <summary>The priority stays share-locked until the action is committed, so it cannot be retired in between.</summary>
    private static async Task<Created<ActionResponse>> Handle(
        Guid priorityId, AddActionRequest request, PlansDbContext db, Changes<Priority> priorities, Changes<DeliveryAction> actions,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var priority = await priorities.FindAsync(priorityId, cancellationToken, RowLock.Shared);
        var action = await actions.AddAsync(
            now => DeliveryAction.Plan(
                priority, request.Description, request.OwnerAgency, request.DueOn,
                request.Milestones.Select(m => new Milestone(m.Title, m.DueOn)), request.SuccessMeasure, request.Enabler, now),
            "action-added",
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/plans/actions/{action.Id}", ActionResponse.From(action, clock.Today()));
    }
}
