using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Reviews.Api.Domain;

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
        Guid id, ReportStepRequest request, Changes<ReviewCase> reviews, ReviewClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(clock.View(await reviews.ApplyAsync(id, ifMatch: null, "report-submitted", (review, _) => review.SubmitToQualityAssurance(request.On!.Value), cancellationToken)));
}
