using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Measures;

internal static class MeasureLookup
{
    public static async Task<Measure> FindMeasureOrThrowAsync(this PlansDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Measures.FindAsync([id], cancellationToken) ?? throw NotFound(id);

    /// <summary>Measure changes: by id, audited as <see cref="MeasureResponse"/>.</summary>
    public static IServiceCollection AddMeasureChanges(this IServiceCollection services) =>
        services.AddChanges<PlansDbContext, Measure>(setup => setup
            .FindBy<Guid>((db, id, cancellationToken) => db.Measures.FindAsync([id], cancellationToken).AsTask(), NotFound)
            .AuditAs(measure => measure.Id.ToString(), MeasureResponse.From)
            .VersionedBy(measure => measure.Version));

    private static RuleViolationException NotFound(Guid id) => new("measure-not-found", $"There is no measure {id}.", RuleViolationKind.NotFound);
}
