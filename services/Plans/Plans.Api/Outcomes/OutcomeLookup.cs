using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Outcomes;

internal static class OutcomeLookup
{
    public static async Task<Outcome> FindOutcomeOrThrowAsync(this PlansDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Outcomes.FindAsync([id], cancellationToken)
        ?? throw new RuleViolationException("outcome-not-found", $"There is no outcome {id}.", RuleViolationKind.NotFound);
}
