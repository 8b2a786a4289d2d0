using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Time;
using Reviews.Api.Domain;

namespace Reviews.Api.Reviews.Report;

/// <summary>
/// The report's way to publication: draft → Home Office Quality Assurance Panel → feedback → resubmitted →
/// approved → anonymised publication (and sent to the Domestic Abuse Commissioner). Publishing before approval is refused.
/// </summary>
internal static class ReportEndpoints
{
    public static RouteGroupBuilder MapReport(this RouteGroupBuilder reviews)
    {
        Step(reviews, "draft", "DraftReport", "report-drafted", "The panel has a draft report.", (review, request) => review.DraftReport(request.On!.Value));
        Step(reviews, "submission", "SubmitReport", "report-submitted", "The report went to the Home Office Quality Assurance Panel.", (review, request) => review.SubmitToQualityAssurance(request.On!.Value));
        Step(reviews, "feedback", "RecordFeedback", "report-feedback-received", "The Quality Assurance Panel sent feedback (give it as the note).", (review, request) => review.RecordFeedback(request.Note ?? "", request.On!.Value));
        Step(reviews, "resubmission", "ResubmitReport", "report-resubmitted", "The revised report went back to the Quality Assurance Panel.", (review, request) => review.Resubmit(request.On!.Value));
        Step(reviews, "approval", "ApproveReport", "report-approved", "The Quality Assurance Panel approved the report.", (review, request) => review.Approve(request.On!.Value));
        reviews.MapPost("/{id:guid}/report/publication", Publish)
            .WithName("PublishReport")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record the anonymised report's publication date and when it went to the Domestic Abuse Commissioner; only after approval.");
        reviews.MapPost("/{id:guid}/closure", Close)
            .WithName("CloseReview")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Close a published review; with agreed actions still open, a reason is required.");
        return reviews;
    }

    private static void Step(RouteGroupBuilder reviews, string path, string name, string action, string summary, Action<ReviewCase, ReportStepRequest> step) =>
        reviews.MapPost(
                $"/{{id:guid}}/report/{path}",
                async (Guid id, ReportStepRequest request, ReviewChanges changes, CancellationToken cancellationToken) =>
                    TypedResults.Ok(await changes.ApplyAsync(id, action, (review, _) => step(review, request), cancellationToken)))
            .WithName(name)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(summary);

    private static async Task<Ok<ReviewResponse>> Close(
        Guid id, ClosureRequest request, ReviewChanges changes, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.ApplyAsync(id, "review-closed", (review, now) => review.Close(request.Reason, UkDate.Of(now)), cancellationToken));

    private static async Task<Ok<ReviewResponse>> Publish(
        Guid id, PublicationRequest request, ReviewChanges changes, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.ApplyAsync(
            id, "report-published", (review, _) => review.Publish(request.PublishedOn!.Value, request.SentToCommissionerOn), cancellationToken));
}

public sealed record ClosureRequest([property: StringLength(2000)] string? Reason = null);

public sealed record ReportStepRequest(
    [property: Required] DateOnly? On,
    [property: StringLength(20000)] string? Note = null);

public sealed record PublicationRequest(
    [property: Required] DateOnly? PublishedOn,
    DateOnly? SentToCommissionerOn = null);
