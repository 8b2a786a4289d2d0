using Platform.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Actions;

internal static class ActionLookup
{
    public static async Task<DeliveryAction> FindActionOrThrowAsync(this PlansDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.DeliveryActions.FindAsync([id], cancellationToken)
        ?? throw new RuleViolationException("action-not-found", $"There is no action {id}.", RuleViolationKind.NotFound);

    /// <summary>"Today" as the partnership sees it: the date in England now.</summary>
    public static DateOnly Today(this TimeProvider clock) => UkDate.Of(clock.GetUtcNow());

    /// <summary>One keyset page of <paramref name="actions"/> in id (creation) order.</summary>
    public static async Task<ActionPage> PageAsync(
        this IQueryable<DeliveryAction> actions, Guid? after, int? limit, DateOnly today, CancellationToken cancellationToken)
    {
        if (after is { } last)
        {
            actions = actions.Where(a => a.Id.CompareTo(last) > 0);
        }

        var size = limit ?? 50;
        var page = await actions.AsNoTracking().OrderBy(a => a.Id).Take(size + 1).ToListAsync(cancellationToken);
        var items = page.Take(size).Select(a => ActionResponse.From(a, today)).ToList();
        return new ActionPage(items, page.Count > size ? items[^1].Id : null);
    }
}
