using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;

namespace Plans.Api.PartnershipPlans.ConsultOnPlan;

internal static class ConsultOnPlanEndpoint
{
    public static RouteHandlerBuilder MapConsultOnPlan(this RouteGroupBuilder plans) =>
        plans.MapPost("/{id:guid}/consult", Handle)
            .WithName("ConsultOnPlan")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Put a draft plan out to consultation; it can no longer be edited.");

    private static async Task<Ok<PlanResponse>> Handle(
        Guid id, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch, HttpResponse response, Changes<Plan> plans,
        CancellationToken cancellationToken)
    {
        var plan = await plans.ApplyAsync(
            id, ifMatch, "plan-consultation-started", (plan, now) => plan.StartConsultation(now), cancellationToken);
        response.SetETag(plan.Version);
        return TypedResults.Ok(PlanResponse.From(plan));
    }
}
