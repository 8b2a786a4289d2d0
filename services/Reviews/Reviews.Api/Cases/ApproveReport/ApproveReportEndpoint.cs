using Microsoft.AspNetCore.Http.HttpResults;

namespace Reviews.Api.Cases.ApproveReport;

internal static class ApproveReportEndpoint
{
    public static RouteHandlerBuilder MapApproveReport(this RouteGroupBuilder reviews) =>
        reviews.MapPost("/{id:guid}/report/approval", Handle)
            .WithName("ApproveReport")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The Quality Assurance Panel approved the report.");

    private static async Task<Ok<ReviewResponse>> Handle(
        Guid id, ReportStepRequest request, ReviewChanges changes, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.ApplyAsync(id, "report-approved", (review, _) => review.Approve(request.On!.Value), cancellationToken));
}
