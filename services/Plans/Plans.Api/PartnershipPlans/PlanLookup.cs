using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.PartnershipPlans;

internal static class PlanLookup
{
    public static async Task<Plan> FindPlanOrThrowAsync(this PlansDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Plans.FindAsync([id], cancellationToken) ?? throw NotFound(id);

    /// <summary>Plan changes: by id, audited as <see cref="PlanResponse"/>.</summary>
    public static IServiceCollection AddPlanChanges(this IServiceCollection services) =>
        services.AddChanges<PlansDbContext, Plan>(setup => setup
            .FindBy<Guid>((db, id, cancellationToken) => db.Plans.FindAsync([id], cancellationToken).AsTask(), NotFound)
            .AuditAs(plan => plan.Id.ToString(), PlanResponse.From)
            .VersionedBy(plan => plan.Version));

    private static RuleViolationException NotFound(Guid id) => new("plan-not-found", $"There is no plan {id}.", RuleViolationKind.NotFound);

    /// <summary>The priorities the ids name that exist (any status); the domain decides which may be in a plan.</summary>
    public static Task<List<Priority>> PrioritiesNamedAsync(this PlansDbContext db, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct().ToList();
        return db.Priorities.AsNoTracking().Where(p => distinct.Contains(p.Id)).ToListAsync(cancellationToken);
    }
}
