using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Assessments;

internal static class AssessmentLookup
{
    public static async Task<StrategicAssessment> FindAssessmentOrThrowAsync(this PlansDbContext db, int year, CancellationToken cancellationToken) =>
        await db.StrategicAssessments.SingleOrDefaultAsync(a => a.Year == year, cancellationToken) ?? throw NotFound(year);

    /// <summary>Assessment changes: by year, audited as <see cref="AssessmentResponse"/>.</summary>
    public static IServiceCollection AddAssessmentChanges(this IServiceCollection services) =>
        services.AddChanges<PlansDbContext, StrategicAssessment>(setup => setup
            .FindBy<int>((db, year, cancellationToken) => db.StrategicAssessments.SingleOrDefaultAsync(a => a.Year == year, cancellationToken), NotFound)
            .AuditAs(assessment => assessment.Id.ToString(), AssessmentResponse.From)
            .VersionedBy(assessment => assessment.Version));

    private static RuleViolationException NotFound(int year) =>
        new("assessment-not-found", $"There is no strategic assessment for {year}.", RuleViolationKind.NotFound);
}
