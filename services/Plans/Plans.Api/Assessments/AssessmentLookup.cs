using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Assessments;

internal static class AssessmentLookup
{
    public static async Task<StrategicAssessment> FindAssessmentOrThrowAsync(this PlansDbContext db, int year, CancellationToken cancellationToken) =>
        await db.StrategicAssessments.SingleOrDefaultAsync(a => a.Year == year, cancellationToken)
        ?? throw new RuleViolationException("assessment-not-found", $"There is no strategic assessment for {year}.", RuleViolationKind.NotFound);
}
