using Microsoft.AspNetCore.Http.HttpResults;
using Plans.Api.Data;
using Platform.ServiceDefaults.Data;

namespace Plans.Api.PartnershipPlans.GetPlan;

internal static class GetPlanEndpoint
{
    public static RouteHandlerBuilder MapGetPlan(this RouteGroupBuilder plans) =>
        plans.MapGet("/{id:guid}", Handle)
            .WithName("GetPlan")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One version of a plan; its ETag is the version to send as If-Match.");

    private static async Task<Ok<PlanResponse>> Handle(Guid id, HttpResponse response, PlansDbContext db, CancellationToken cancellationToken)
    {
        var plan = await db.FindPlanOrThrowAsync(id, cancellationToken);
        response.SetETag(plan.Version);
        return TypedResults.Ok(PlanResponse.From(plan));
    }
}
