using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Errors;

namespace Funding.Api.Applications.AssignAssessor;

public sealed record AssignAssessorRequest(
    [property: Required, StringLength(200)] string AssessorId,
    [property: Required, StringLength(100), RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Use the assessor's agency slug.")] string AssessorAgency);

internal static class AssignAssessorEndpoint
{
    public static RouteHandlerBuilder MapAssignAssessor(this RouteGroupBuilder applications) =>
        applications.MapPost("/{id:guid}/assessments", Handle)
            .WithName("AssignAssessor")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Assign a person (token subject) to score the application; nobody from the applicant's organisation.");

    private static async Task<Created<AssessmentResponse>> Handle(
        Guid id, AssignAssessorRequest request, FundingDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var application = await db.FindOrThrowAsync(id, cancellationToken);
        var assessment = Assessment.Assign(application, request.AssessorId, request.AssessorAgency, clock.GetUtcNow());
        db.Assessments.Add(assessment);
        audit.Record(db, "assessor-assigned", nameof(GrantApplication), application.Id.ToString(), after: AssessmentResponse.From(assessment));
        await db.SaveChangesOrRefuseAsync(
            () => new RuleViolationException("assessor-already-assigned", $"{request.AssessorId} is already assigned to this application."),
            cancellationToken);
        return TypedResults.Created($"/api/funding/applications/{id}", AssessmentResponse.From(assessment));
    }
}
