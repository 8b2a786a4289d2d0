using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Audit;
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
        Guid id, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch, HttpResponse response, PlansDbContext db,
        AuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var plan = await db.FindPlanOrThrowAsync(id, cancellationToken);
        ExpectedVersion.Check(plan.Version, ifMatch);
        var before = PlanResponse.From(plan);
        plan.StartConsultation(clock.GetUtcNow());
        audit.Record(db, "plan-consultation-started", nameof(Plan), plan.Id.ToString(), before, PlanResponse.From(plan));
        await db.SaveChangesAsync(cancellationToken);
        response.SetETag(plan.Version);
        return TypedResults.Ok(PlanResponse.From(plan));
    }
}
