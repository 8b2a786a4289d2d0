using System.ComponentModel.DataAnnotations;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;

namespace Funding.Api.Applications.DeclareConflict;

public sealed record DeclareConflictRequest([property: Required, StringLength(1000, MinimumLength = 3)] string Reason);

internal static class DeclareConflictEndpoint
{
    public static RouteHandlerBuilder MapDeclareConflict(this RouteGroupBuilder applications) =>
        applications.MapPost("/{id:guid}/assessments/mine/conflict", Handle)
            .WithName("DeclareConflictOfInterest")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The assigned assessor declares a conflict of interest; they can then no longer score the application.");

    private static async Task<Ok<AssessmentResponse>> Handle(
        Guid id, DeclareConflictRequest request, Changes<Assessment> assessments, CancellationToken cancellationToken) =>
        TypedResults.Ok(AssessmentResponse.From(await assessments.ApplyAsync(
            id, null, "conflict-of-interest-declared", (assessment, _) => assessment.DeclareConflict(request.Reason), cancellationToken)));
}
