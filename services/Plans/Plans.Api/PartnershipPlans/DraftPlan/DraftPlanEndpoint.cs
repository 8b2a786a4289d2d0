using Microsoft.AspNetCore.Http.HttpResults;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;

namespace Plans.Api.PartnershipPlans.DraftPlan;

internal static class DraftPlanEndpoint
{
    public static RouteHandlerBuilder MapDraftPlan(this RouteGroupBuilder plans) =>
        plans.MapPost("/", Handle)
            .WithName("DraftPlan")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Draft a new plan for a period from adopted priorities and the enablers.");

    private static async Task<Created<PlanResponse>> Handle(
        DraftPlanRequest request, HttpResponse response, PlansDbContext db, Changes<Plan> plans, CancellationToken cancellationToken)
    {
        var priorities = await db.PrioritiesNamedAsync(request.PriorityIds, cancellationToken);
        var plan = await plans.AddAsync(
            now => Plan.Draft(request.Title.Trim(), request.StartYear, request.EndYear, request.PriorityIds, request.Enablers, priorities, now),
            "plan-drafted",
            cancellationToken);
        response.SetETag(plan.Version);
        return TypedResults.Created($"/api/plans/plans/{plan.Id}", PlanResponse.From(plan));
    }
}
