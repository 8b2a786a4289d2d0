using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;

namespace Plans.Api.PartnershipPlans.ListPlanVersions;

internal static class ListPlanVersionsEndpoint
{
    public static RouteHandlerBuilder MapListPlanVersions(this RouteGroupBuilder plans) =>
        plans.MapGet("/{id:guid}/versions", Handle)
            .WithName("ListPlanVersions")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Every version of the plan this version belongs to, first version first (a series has a few, one a year).");

    private static async Task<Ok<IReadOnlyList<PlanResponse>>> Handle(Guid id, PlansDbContext db, CancellationToken cancellationToken)
    {
        var plan = await db.FindPlanOrThrowAsync(id, cancellationToken);
        var versions = await db.Plans.AsNoTracking()
            .Where(p => p.SeriesId == plan.SeriesId)
            .OrderBy(p => p.VersionNumber)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<PlanResponse>>(versions.Select(PlanResponse.From).ToList());
    }
}
