using Funding.Api.Applications.AssignAssessor;
using Funding.Api.Applications.DecideApplication;
using Funding.Api.Applications.DeclareConflict;
using Funding.Api.Applications.GetApplication;
using Funding.Api.Applications.ListApplications;
using Funding.Api.Applications.ModerateApplication;
using Funding.Api.Applications.ScoreApplication;
using Funding.Api.Applications.SubmitApplication;
using Platform.Contracts;

namespace Funding.Api.Applications;

internal static class ApplicationEndpoints
{
    /// <summary>
    /// Partner users apply for their own organisation and see its applications; an assessor (anyone a grants officer
    /// assigns) sees and scores only what they are assigned; grants officers see everything, moderate and decide.
    /// </summary>
    public static IEndpointRouteBuilder MapApplications(this IEndpointRouteBuilder endpoints)
    {
        var applications = endpoints.MapGroup("/api/funding/applications").WithTags("Applications");
        applications.MapSubmitApplication();
        applications.MapListApplications();
        applications.MapGetApplication();
        applications.MapScoreApplication();
        applications.MapDeclareConflict();

        var officers = applications.MapGroup("").RequireAuthorization(Roles.GrantsOfficer);
        officers.MapAssignAssessor();
        officers.MapModerateApplication();
        officers.MapDecideApplication();
        return endpoints;
    }
}
