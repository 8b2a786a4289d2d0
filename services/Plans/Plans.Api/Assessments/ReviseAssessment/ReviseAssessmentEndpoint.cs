using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;

namespace Plans.Api.Assessments.ReviseAssessment;

internal static class ReviseAssessmentEndpoint
{
    public static RouteHandlerBuilder MapReviseAssessment(this RouteGroupBuilder assessments) =>
        assessments.MapPut("/{year:int}", Handle)
            .WithName("ReviseAssessment")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Revise a year's summary and key risks; send the ETag you read as If-Match.");

    private static async Task<Ok<AssessmentResponse>> Handle(
        int year, ReviseAssessmentRequest request, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch,
        HttpResponse response, Changes<StrategicAssessment> assessments, CancellationToken cancellationToken)
    {
        var assessment = await assessments.ApplyAsync(
            year,
            ifMatch,
            "assessment-revised",
            (assessment, now) => assessment.Revise(request.Summary.Trim(), [.. request.KeyRisks.Select(r => r.ToKeyRisk())], now),
            cancellationToken);
        response.SetETag(assessment.Version);
        return TypedResults.Ok(AssessmentResponse.From(assessment));
    }
}
