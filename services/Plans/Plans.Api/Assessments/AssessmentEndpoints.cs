using Plans.Api.Assessments.CompileCrimeEvidence;
using Plans.Api.Assessments.GetAssessment;
using Plans.Api.Assessments.ListAssessments;
using Plans.Api.Assessments.RankHarm;
using Plans.Api.Assessments.RecordAssessment;
using Plans.Api.Assessments.ReviseAssessment;
using Platform.Contracts;

namespace Plans.Api.Assessments;

internal static class AssessmentEndpoints
{
    /// <summary>Everyone signed in may read strategic assessments; partnership officers write them; analysts and officers compile their crime evidence.</summary>
    public static IEndpointRouteBuilder MapAssessments(this IEndpointRouteBuilder endpoints)
    {
        var assessments = endpoints.MapGroup("/api/plans/assessments").WithTags("Strategic assessments");
        assessments.MapListAssessments();
        assessments.MapGetAssessment();
        assessments.MapRankHarm();

        var changes = assessments.MapGroup("").RequireAuthorization(Roles.PartnershipOfficer);
        changes.MapRecordAssessment();
        changes.MapReviseAssessment();
        assessments.MapGroup("").RequireAuthorization(policy => policy.RequireRole(Roles.Analyst, Roles.PartnershipOfficer)).MapCompileCrimeEvidence();
        return endpoints;
    }
}
