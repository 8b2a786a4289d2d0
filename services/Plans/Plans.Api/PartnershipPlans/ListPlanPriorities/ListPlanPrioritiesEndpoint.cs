using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;

namespace Plans.Api.PartnershipPlans.ListPlanPriorities;

internal static class ListPlanPrioritiesEndpoint
{
    public static RouteHandlerBuilder MapListPlanPriorities(this RouteGroupBuilder plans) =>
        plans.MapGet("/{id:guid}/priorities", Handle)
            .WithName("ListPlanPriorities")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The plan's priorities in the plan's order, each with the strategic assessment it was drawn from and the findings it answers.");

    private static async Task<Ok<List<PlanPriority>>> Handle(Guid id, PlansDbContext db, CancellationToken cancellationToken)
    {
        var plan = await db.FindPlanOrThrowAsync(id, cancellationToken);
        var ids = plan.PriorityIds.ToList();
        var priorities = await (
                from priority in db.Priorities.AsNoTracking()
                where ids.Contains(priority.Id)
                join g in db.DeliveryGroups.AsNoTracking() on priority.DeliveryGroupId equals g.Id into groups
                from deliveryGroup in groups.DefaultIfEmpty()
                select new PlanPriority(
                    priority.Id, priority.Code, priority.Title, priority.Status, deliveryGroup == null ? null : deliveryGroup.Name,
                    priority.AssessmentYear, priority.Answers))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        return TypedResults.Ok(ids.Where(priorities.ContainsKey).Select(p => priorities[p]).ToList());
    }
}

/// <param name="AssessmentYear">The strategic assessment it was drawn from (<c>/api/plans/assessments/{year}</c>); null when proposed without one.</param>
/// <param name="Answers">That assessment's findings it answers (evidence keys).</param>
public sealed record PlanPriority(
    Guid Id, string? Code, string Title, PriorityStatus Status, string? DeliveryGroup, int? AssessmentYear, IReadOnlyList<string> Answers);
