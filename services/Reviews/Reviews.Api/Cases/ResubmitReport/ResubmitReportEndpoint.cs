using Microsoft.AspNetCore.Http.HttpResults;

namespace Reviews.Api.Cases.ResubmitReport;

internal static class ResubmitReportEndpoint
{
    public static RouteHandlerBuilder MapResubmitReport(this RouteGroupBuilder reviews) =>
        reviews.MapPost("/{id:guid}/report/resubmission", Handle)
            .WithName("ResubmitReport")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The revised report went back to the Quality Assurance Panel.");

    private static async Task<Ok<ReviewResponse>> Handle(
        Guid id, ReportStepRequest request, ReviewChanges changes, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.ApplyAsync(id, "report-resubmitted", (review, _) => review.Resubmit(request.On!.Value), cancellationToken));
}
