using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases.CompleteRecommendation;

internal static class CompleteRecommendationEndpoint
{
    public static RouteHandlerBuilder MapCompleteRecommendation(this RouteGroupBuilder reviews) =>
        reviews.MapPost("/{id:guid}/recommendations/{recommendationId:guid}/completion", Handle)
            .WithName("CompleteRecommendation")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record the day an agreed action was completed.");

    private static async Task<Ok<ReviewResponse>> Handle(
        Guid id, Guid recommendationId, CompletionRequest request, Changes<ReviewCase> reviews, ReviewClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(clock.View(await reviews.ApplyAsync(
            id,
            ifMatch: null, "recommendation-completed", (review, _) => review.CompleteRecommendation(recommendationId, request.CompletedOn!.Value), cancellationToken)));
}

public sealed record CompletionRequest([property: Required] DateOnly? CompletedOn);
