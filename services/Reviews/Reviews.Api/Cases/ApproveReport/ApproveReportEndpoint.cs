using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Reviews.Api.Domain;

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
        Guid id, ReportStepRequest request, Changes<ReviewCase> reviews, ReviewClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(clock.View(await reviews.ApplyAsync(id, ifMatch: null, "report-approved", (review, _) => review.Approve(request.On!.Value), cancellationToken)));
}
