using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Plans.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;

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
        AuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var plan = await db.FindPlanOrThrowAsync(id, cancellationToken);
        ExpectedVersion.Check(plan.Version, ifMatch);
        var before = PlanResponse.From(plan);
        var readiness = await db.ReadinessOfAsync(plan.PriorityIds, cancellationToken);
        var currentlyPublished = await db.Plans
            .SingleOrDefaultAsync(p => p.SeriesId == plan.SeriesId && p.Status == PlanStatus.Published && p.Id != plan.Id, cancellationToken);
        var supersededBefore = currentlyPublished is null ? null : PlanResponse.From(currentlyPublished);
        var now = clock.GetUtcNow();

        plan.Publish(readiness, currentlyPublished, now);

        db.AddIntegrationEvent(new PlanPublished
        {
            OccurredAt = now,
            PlanId = plan.Id,
            SeriesId = plan.SeriesId,
            VersionNumber = plan.VersionNumber,
            StartYear = plan.StartYear,
            EndYear = plan.EndYear,
            PriorityIds = [.. plan.PriorityIds],
            Enablers = [.. plan.Enablers],
            SupersededPlanId = currentlyPublished?.Id,
        });
        audit.Record(db, "plan-published", nameof(Plan), plan.Id.ToString(), before, PlanResponse.From(plan));
        if (currentlyPublished is not null)
        {
            audit.Record(db, "plan-superseded", nameof(Plan), currentlyPublished.Id.ToString(), supersededBefore, PlanResponse.From(currentlyPublished));
        }

        await db.SaveChangesAsync(cancellationToken);
        response.SetETag(plan.Version);
        return TypedResults.Ok(PlanResponse.From(plan));
    }
}
