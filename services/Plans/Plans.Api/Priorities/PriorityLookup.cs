using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Priorities;

internal static class PriorityLookup
{
    public static async Task<Priority> FindOrThrowAsync(this PlansDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Priorities.FindAsync([id], cancellationToken)
        ?? throw new RuleViolationException("priority-not-found", $"There is no priority {id}.", RuleViolationKind.NotFound);
}
