using Microsoft.AspNetCore.Http.HttpResults;

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
        Guid id, ReportStepRequest request, ReviewChanges changes, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.ApplyAsync(id, "report-drafted", (review, _) => review.DraftReport(request.On!.Value), cancellationToken));
}
