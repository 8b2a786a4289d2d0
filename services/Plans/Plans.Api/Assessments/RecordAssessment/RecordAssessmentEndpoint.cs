using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Assessments.RecordAssessment;

internal static class RecordAssessmentEndpoint
{
    public static RouteHandlerBuilder MapRecordAssessment(this RouteGroupBuilder assessments) =>
        assessments.MapPost("/", Handle)
            .WithName("RecordAssessment")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Record the year's strategic assessment (one per year).");

    private static async Task<Created<AssessmentResponse>> Handle(
        RecordAssessmentRequest request, HttpResponse response, PlansDbContext db, Changes<StrategicAssessment> assessments,
        CancellationToken cancellationToken)
    {
        if (await db.StrategicAssessments.AnyAsync(a => a.Year == request.Year, cancellationToken))
        {
            throw Exists(request.Year);
        }

        var assessment = await assessments.AddAsync(
            now => StrategicAssessment.Record(request.Year, request.Summary.Trim(), [.. request.KeyRisks.Select(r => r.ToKeyRisk())], now),
            "assessment-recorded",
            cancellationToken,
            duplicate: () => Exists(request.Year));
        response.SetETag(assessment.Version);
        return TypedResults.Created($"/api/plans/assessments/{assessment.Year}", AssessmentResponse.From(assessment));
    }

    private static RuleViolationException Exists(int year) =>
        new("assessment-exists", $"The strategic assessment for {year} is already recorded; revise it instead.");
}
