using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Time;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases.CloseReview;

internal static class CloseReviewEndpoint
{
    public static RouteHandlerBuilder MapCloseReview(this RouteGroupBuilder reviews) =>
        reviews.MapPost("/{id:guid}/closure", Handle)
            .WithName("CloseReview")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Close a published review; with agreed actions still open, a reason is required.");

    private static async Task<Ok<ReviewResponse>> Handle(
        Guid id, ClosureRequest request, Changes<ReviewCase> reviews, ReviewClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(clock.View(await reviews.ApplyAsync(id, ifMatch: null, "review-closed", (review, now) => review.Close(request.Reason, UkDate.Of(now)), cancellationToken)));
}

public sealed record ClosureRequest([property: StringLength(2000)] string? Reason = null);
