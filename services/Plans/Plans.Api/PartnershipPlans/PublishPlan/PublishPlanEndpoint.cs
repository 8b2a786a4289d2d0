using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;

namespace Plans.Api.PartnershipPlans.PublishPlan;

internal static class PublishPlanEndpoint
{
    public static RouteHandlerBuilder MapPublishPlan(this RouteGroupBuilder plans) =>
        plans.MapPost("/{id:guid}/publish", Handle)
            .WithName("PublishPlan")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary(
                "Publish a plan that has been out to consultation, superseding the published version of the same plan; " +
                "every priority needs a delivery group and at least one action. Publishes PlanPublished.");

    private static async Task<Ok<PlanResponse>> Handle(
        Guid id, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch, HttpResponse response, PlansDbContext db,
        Changes<Plan> plans, CancellationToken cancellationToken)
    {
        await using var change = await plans.StartAsync(id, ifMatch, cancellationToken);
        var plan = change.Aggregate;
        var readiness = await db.ReadinessOfAsync(plan.PriorityIds, cancellationToken);
        var currentlyPublished = await db.Plans
            .SingleOrDefaultAsync(p => p.SeriesId == plan.SeriesId && p.Status == PlanStatus.Published && p.Id != plan.Id, cancellationToken);
        if (currentlyPublished is not null)
        {
            change.AlsoChanges(currentlyPublished, "plan-superseded");
        }

        plan.Publish(readiness, currentlyPublished, change.Now);
        await change.SaveAsync("plan-published", cancellationToken);
        response.SetETag(plan.Version);
        return TypedResults.Ok(PlanResponse.From(plan));
    }
}
