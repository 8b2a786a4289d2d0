using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Priorities;

internal static class PriorityLookup
{
    private static RuleViolationException NotFound(Guid id) =>
        new("priority-not-found", $"There is no priority {id}.", RuleViolationKind.NotFound);

    public static async Task<Priority> FindOrThrowAsync(this PlansDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Priorities.FindAsync([id], cancellationToken) ?? throw NotFound(id);

    /// <summary>
    /// Priority changes: by id, audited as <see cref="PriorityResponse"/>. Retiring locks the row exclusively (no action
    /// may be added while its open actions are counted); adding an action share-locks it (the priority cannot be
    /// retired until the action is committed).
    /// </summary>
    public static IServiceCollection AddPriorityChanges(this IServiceCollection services) =>
        services.AddChanges<PlansDbContext, Priority>(setup => setup
            .FindBy<Guid>((db, id, cancellationToken) => db.Priorities.FindAsync([id], cancellationToken).AsTask(), NotFound)
            .AuditAs(priority => priority.Id.ToString(), PriorityResponse.From)
            .VersionedBy(priority => priority.Version));

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
