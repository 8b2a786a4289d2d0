using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Audit;
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
        PlansDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        var plan = await db.FindPlanOrThrowAsync(id, cancellationToken);
        ExpectedVersion.Check(plan.Version, ifMatch);
        var before = PlanResponse.From(plan);
        var priorities = await db.PrioritiesNamedAsync(request.PriorityIds, cancellationToken);
        plan.Edit(request.Title.Trim(), request.PriorityIds, request.Enablers, priorities);
        audit.Record(db, "plan-edited", nameof(Plan), plan.Id.ToString(), before, PlanResponse.From(plan));
        await db.SaveChangesAsync(cancellationToken);
        response.SetETag(plan.Version);
        return TypedResults.Ok(PlanResponse.From(plan));
    }
}
