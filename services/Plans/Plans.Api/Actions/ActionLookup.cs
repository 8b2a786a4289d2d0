using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Time;

namespace Plans.Api.Actions;

internal static class ActionLookup
{
    public static async Task<DeliveryAction> FindActionOrThrowAsync(this PlansDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.DeliveryActions.FindAsync([id], cancellationToken) ?? throw NotFound(id);

    /// <summary>Action changes: by id, audited as <see cref="ActionResponse"/> (as it reads on the day of the change).</summary>
    public static IServiceCollection AddActionChanges(this IServiceCollection services) =>
        services.AddChanges<PlansDbContext, DeliveryAction>(setup => setup
            .FindBy<Guid>((db, id, cancellationToken) => db.DeliveryActions.FindAsync([id], cancellationToken).AsTask(), NotFound)
            .AuditAs(action => action.Id.ToString(), (action, now) => ActionResponse.From(action, UkDate.Of(now)))
            .VersionedBy(action => action.Version));

    private static RuleViolationException NotFound(Guid id) =>
        new("action-not-found", $"There is no action {id}.", RuleViolationKind.NotFound);

    /// <summary>One keyset page of <paramref name="actions"/> in id (creation) order.</summary>
    public static Task<Page<ActionResponse>> PageAsync(
        this IQueryable<DeliveryAction> actions, Guid? after, int? limit, DateOnly today, CancellationToken cancellationToken) =>
        actions.AsNoTracking().ToPageAsync(a => a.Id, after, limit, a => ActionResponse.From(a, today), cancellationToken);
}
