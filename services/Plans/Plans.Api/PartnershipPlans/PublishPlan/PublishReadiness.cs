using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;

namespace Plans.Api.PartnershipPlans.PublishPlan;

internal static class PublishReadiness
{
    /// <summary>For each priority in the plan that exists: its status, whether it has a delivery group, how many actions.</summary>
    public static async Task<List<PriorityReadiness>> ReadinessOfAsync(
        this PlansDbContext db, IReadOnlyList<Guid> priorityIds, CancellationToken cancellationToken)
    {
        var ids = priorityIds.ToList();
        return await db.Priorities.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .Select(p => new PriorityReadiness(
                p.Id, p.Title, p.Status, p.DeliveryGroupId != null,
                db.DeliveryActions.Count(a => a.PriorityId == p.Id)))
            .ToListAsync(cancellationToken);
    }
}
