using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.PartnershipPlans.RefreshPlan;

internal static class RefreshPlanEndpoint
{
    public static RouteHandlerBuilder MapRefreshPlan(this RouteGroupBuilder plans) =>
        plans.MapPost("/{id:guid}/refresh", Handle)
            .WithName("RefreshPlan")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(
                "The yearly refresh: a new draft version of the published plan with its priorities and enablers; " +
                "the published version stays in force (and in the history) until the new one is published.");

    private static async Task<Created<PlanResponse>> Handle(
        Guid id, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch, HttpResponse response, PlansDbContext db,
        Changes<Plan> plans, TimeProvider clock, CancellationToken cancellationToken)
    {
        var plan = await plans.FindAsync(id, cancellationToken);
        ExpectedVersion.Check(plan.Version, ifMatch);
        var refreshed = plan.Refresh(clock.GetUtcNow());
        if (await db.Plans.AnyAsync(p => p.SeriesId == plan.SeriesId && p.VersionNumber > plan.VersionNumber, cancellationToken))
        {
            throw AlreadyRefreshed(plan);
        }

        await plans.AddAsync(refreshed, "plan-refreshed", cancellationToken, duplicate: () => AlreadyRefreshed(plan));

        response.SetETag(refreshed.Version);
        return TypedResults.Created($"/api/plans/plans/{refreshed.Id}", PlanResponse.From(refreshed));
    }

    private static RuleViolationException AlreadyRefreshed(Plan plan) => new(
        "plan-already-refreshed",
        $"Version {plan.VersionNumber} of this plan has already been refreshed; work on the newer version instead.");
}
