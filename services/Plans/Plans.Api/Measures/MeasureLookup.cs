using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Measures;

internal static class MeasureLookup
{
    public static async Task<Measure> FindMeasureOrThrowAsync(this PlansDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Measures.FindAsync([id], cancellationToken)
        ?? throw new RuleViolationException("measure-not-found", $"There is no measure {id}.", RuleViolationKind.NotFound);
}
