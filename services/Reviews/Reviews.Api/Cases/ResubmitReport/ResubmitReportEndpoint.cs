using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Reviews.Api.Domain;

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
        Guid id, ReportStepRequest request, Changes<ReviewCase> reviews, ReviewClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(clock.View(await reviews.ApplyAsync(id, ifMatch: null, "report-resubmitted", (review, _) => review.Resubmit(request.On!.Value), cancellationToken)));
}
