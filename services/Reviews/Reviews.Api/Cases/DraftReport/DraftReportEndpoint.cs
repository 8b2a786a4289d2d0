using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases.DraftReport;

internal static class DraftReportEndpoint
{
    public static RouteHandlerBuilder MapDraftReport(this RouteGroupBuilder reviews) =>
        reviews.MapPost("/{id:guid}/report/draft", Handle)
            .WithName("DraftReport")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The panel has a draft report.");

    private static async Task<Ok<ReviewResponse>> Handle(
        Guid id, ReportStepRequest request, Changes<ReviewCase> reviews, ReviewClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(clock.View(await reviews.ApplyAsync(id, ifMatch: null, "report-drafted", (review, _) => review.DraftReport(request.On!.Value), cancellationToken)));
}
