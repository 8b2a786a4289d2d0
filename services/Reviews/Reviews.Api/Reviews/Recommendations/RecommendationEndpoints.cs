using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Http;
using Reviews.Api.Domain;
using Reviews.Contracts;

namespace Reviews.Api.Reviews.Recommendations;

/// <summary>Early learning and SMART actions; agreeing one sends it to the composite action plan in Plans.</summary>
internal static class RecommendationEndpoints
{
    public static RouteGroupBuilder MapRecommendations(this RouteGroupBuilder reviews)
    {
        reviews.MapPost("/{id:guid}/recommendations", Add)
            .WithName("AddRecommendation")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Propose early learning or a SMART action: owner agency, due date, category. Write it with the review's pseudonyms.");
        reviews.MapPost("/{id:guid}/recommendations/{recommendationId:guid}/agreement", Agree)
            .WithName("AgreeRecommendation")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Agree a recommendation; publishes ReviewRecommendationAgreed (pseudonymous reference only) for the composite action plan.");
        reviews.MapPost("/{id:guid}/recommendations/{recommendationId:guid}/completion", Complete)
            .WithName("CompleteRecommendation")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record the day an agreed action was completed.");
        return reviews;
    }

    private static async Task<Ok<ReviewResponse>> Add(
        Guid id, RecommendationRequest request, ReviewChanges changes, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.ApplyAsync(
            id,
            "recommendation-added",
            (review, now) => review.AddRecommendation(
                request.Kind!.Value, request.Category!.Value, request.Text, request.OwnerAgency, request.DueOn!.Value, now),
            cancellationToken));

    private static async Task<Ok<ReviewResponse>> Complete(
        Guid id, Guid recommendationId, CompletionRequest request, ReviewChanges changes, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.ApplyAsync(
            id, "recommendation-completed", (review, _) => review.CompleteRecommendation(recommendationId, request.CompletedOn!.Value), cancellationToken));

    private static async Task<Ok<ReviewResponse>> Agree(
        Guid id, Guid recommendationId, ReviewChanges changes, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.ApplyAsync(
            id,
            "recommendation-agreed",
            (review, now) =>
            {
                var agreed = review.AgreeRecommendation(recommendationId, UkDate.Of(now));
                return new ReviewRecommendationAgreed
                {
                    OccurredAt = now,
                    RecommendationId = agreed.Id,
                    ReviewReference = review.Reference,
                    Kind = EnumNames.NameOf(agreed.Kind),
                    Category = EnumNames.NameOf(agreed.Category),
                    Text = agreed.Text,
                    OwnerAgency = agreed.OwnerAgency,
                    DueOn = agreed.DueOn,
                    AgreedOn = agreed.AgreedOn!.Value,
                };
            },
            cancellationToken));
}

public sealed record CompletionRequest([property: Required] DateOnly? CompletedOn);

public sealed record RecommendationRequest(
    [property: Required] RecommendationKind? Kind,
    [property: Required] RecommendationCategory? Category,
    [property: Required, StringLength(2000, MinimumLength = 3)] string Text,
    [property: Required, StringLength(100), RegularExpression(AgencySlug.Pattern, ErrorMessage = AgencySlug.Message)] string OwnerAgency,
    [property: Required] DateOnly? DueOn);
