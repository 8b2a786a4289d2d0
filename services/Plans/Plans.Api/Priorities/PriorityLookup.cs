using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Priorities;

internal static class PriorityLookup
{
    public static async Task<Priority> FindOrThrowAsync(this PlansDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Priorities.FindAsync([id], cancellationToken)
        ?? throw new RuleViolationException("priority-not-found", $"There is no priority {id}.", RuleViolationKind.NotFound);

    /// <summary>
    /// Loads the priority holding its row lock until the caller's transaction ends: <paramref name="exclusive"/> for
    /// retiring (no action may be added while its open actions are counted), shared for adding an action (the
    /// priority cannot be retired until the action is committed).
    /// </summary>
    public static async Task<Priority> LockOrThrowAsync(
        this PlansDbContext db, Guid id, bool exclusive, CancellationToken cancellationToken)
    {
        _ = exclusive
            ? await db.Database.ExecuteSqlAsync($"SELECT 1 FROM priorities WHERE id = {id} FOR UPDATE", cancellationToken)
            : await db.Database.ExecuteSqlAsync($"SELECT 1 FROM priorities WHERE id = {id} FOR SHARE", cancellationToken);
        return await db.FindOrThrowAsync(id, cancellationToken);
    }

    /// <summary>A delivery group a priority is to be given must exist: 422 <c>unknown-delivery-group</c> otherwise.</summary>
    public static async Task EnsureDeliveryGroupExistsAsync(this PlansDbContext db, Guid deliveryGroupId, CancellationToken cancellationToken)
    {
        if (!await db.DeliveryGroups.AnyAsync(g => g.Id == deliveryGroupId, cancellationToken))
        {
            throw new RuleViolationException(
                "unknown-delivery-group", $"There is no delivery group {deliveryGroupId}.", RuleViolationKind.BusinessRule);
        }
    }
}
