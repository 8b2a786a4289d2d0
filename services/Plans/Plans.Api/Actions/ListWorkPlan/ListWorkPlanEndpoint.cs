using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Platform.ServiceDefaults.Errors;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Time;

namespace Plans.Api.Actions.ListWorkPlan;

internal static class ListWorkPlanEndpoint
{
    public static RouteHandlerBuilder MapListWorkPlan(this RouteGroupBuilder workPlan) =>
        workPlan.MapGet("/", Handle)
            .WithName("ListWorkPlan")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A priority's work plan: its actions in a stable order (by id), with reported status; pass `after` (the last id) for the next page.");

    private static async Task<Ok<Page<ActionResponse>>> Handle(
        Guid priorityId, [AsParameters] ListWorkPlanQuery query, PlansDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.Priorities.AnyAsync(p => p.Id == priorityId, cancellationToken))
        {
            throw new RuleViolationException("priority-not-found", $"There is no priority {priorityId}.", RuleViolationKind.NotFound);
        }

        var actions = db.DeliveryActions.Where(a => a.PriorityId == priorityId);
        return TypedResults.Ok(await actions.PageAsync(query.After, query.Limit, clock.Today(), cancellationToken));
    }
}

public sealed record ListWorkPlanQuery(Guid? After, [property: Range(1, 200)] int? Limit);
