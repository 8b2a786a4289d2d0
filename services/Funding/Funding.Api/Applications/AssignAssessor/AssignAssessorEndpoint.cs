using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
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
        Guid id, AssignAssessorRequest request, Changes<GrantApplication> applications, Changes<Assessment> assessments,
        CancellationToken cancellationToken)
    {
        var application = await applications.FindAsync(id, cancellationToken);
        var assessment = await assessments.AddAsync(
            now => Assessment.Assign(application, request.AssessorId, request.AssessorAgency, now), "assessor-assigned", cancellationToken,
            duplicate: () => new RuleViolationException("assessor-already-assigned", $"{request.AssessorId} is already assigned to this application."));
        return TypedResults.Created($"/api/funding/applications/{id}", AssessmentResponse.From(assessment));
    }
}
