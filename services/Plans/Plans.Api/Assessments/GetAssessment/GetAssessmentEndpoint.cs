using Microsoft.AspNetCore.Http.HttpResults;
using Plans.Api.Data;
using Platform.ServiceDefaults.Data;

namespace Plans.Api.Assessments.GetAssessment;

internal static class GetAssessmentEndpoint
{
    public static RouteHandlerBuilder MapGetAssessment(this RouteGroupBuilder assessments) =>
        assessments.MapGet("/{year:int}", Handle)
            .WithName("GetAssessment")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The strategic assessment of one year; its ETag is the version to send as If-Match.");

    private static async Task<Ok<AssessmentResponse>> Handle(
        int year, HttpResponse response, PlansDbContext db, CancellationToken cancellationToken)
    {
        var assessment = await db.FindAssessmentOrThrowAsync(year, cancellationToken);
        response.SetETag(assessment.Version);
        return TypedResults.Ok(AssessmentResponse.From(assessment));
    }
}
