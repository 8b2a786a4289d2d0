using Microsoft.AspNetCore.Http.HttpResults;

namespace Reviews.Api.Cases.SubmitReport;

internal static class SubmitReportEndpoint
{
    public static RouteHandlerBuilder MapSubmitReport(this RouteGroupBuilder reviews) =>
        reviews.MapPost("/{id:guid}/report/submission", Handle)
            .WithName("SubmitReport")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The report went to the Home Office Quality Assurance Panel.");

    private static async Task<Ok<ReviewResponse>> Handle(
        Guid id, ReportStepRequest request, ReviewChanges changes, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.ApplyAsync(id, "report-submitted", (review, _) => review.SubmitToQualityAssurance(request.On!.Value), cancellationToken));
}
