using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases.RecordFeedback;

internal static class RecordFeedbackEndpoint
{
    public static RouteHandlerBuilder MapRecordFeedback(this RouteGroupBuilder reviews) =>
        reviews.MapPost("/{id:guid}/report/feedback", Handle)
            .WithName("RecordFeedback")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The Quality Assurance Panel sent feedback (give it as the note).");

    private static async Task<Ok<ReviewResponse>> Handle(
        Guid id, ReportStepRequest request, Changes<ReviewCase> reviews, ReviewClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(clock.View(await reviews.ApplyAsync(id, ifMatch: null, "report-feedback-received", (review, _) => review.RecordFeedback(request.Note ?? "", request.On!.Value), cancellationToken)));
}
