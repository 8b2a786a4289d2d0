using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Outcomes;

internal static class OutcomeLookup
{
    public static async Task<Outcome> FindOutcomeOrThrowAsync(this PlansDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Outcomes.FindAsync([id], cancellationToken)
        ?? throw new RuleViolationException("outcome-not-found", $"There is no outcome {id}.", RuleViolationKind.NotFound);

    /// <summary>Outcome changes (defining one), audited as <see cref="OutcomeResponse"/>.</summary>
    public static IServiceCollection AddOutcomeChanges(this IServiceCollection services) =>
        services.AddChanges<PlansDbContext, Outcome>(setup => setup.AuditAs(outcome => outcome.Id.ToString(), OutcomeResponse.From));
}
