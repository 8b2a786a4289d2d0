using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;

namespace Plans.Api.PartnershipPlans.EditPlan;

internal static class EditPlanEndpoint
{
    public static RouteHandlerBuilder MapEditPlan(this RouteGroupBuilder plans) =>
        plans.MapPut("/{id:guid}", Handle)
            .WithName("EditPlan")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Replace a draft's title, priorities and enablers; send the ETag you read as If-Match.");

    private static async Task<Ok<PlanResponse>> Handle(
        Guid id, EditPlanRequest request, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch, HttpResponse response,
        PlansDbContext db, Changes<Plan> plans, CancellationToken cancellationToken)
    {
        await using var change = await plans.StartAsync(id, ifMatch, cancellationToken);
        var priorities = await db.PrioritiesNamedAsync(request.PriorityIds, cancellationToken);
        change.Aggregate.Edit(request.Title.Trim(), request.PriorityIds, request.Enablers, priorities);
        await change.SaveAsync("plan-edited", cancellationToken);
        response.SetETag(change.Aggregate.Version);
        return TypedResults.Ok(PlanResponse.From(change.Aggregate));
    }
}
