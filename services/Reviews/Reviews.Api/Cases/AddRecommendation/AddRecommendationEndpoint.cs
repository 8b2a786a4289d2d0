using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Reviews.Api.Data;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases.AddRecommendation;

/// <summary>Early learning and SMART actions, written with the review's pseudonyms.</summary>
internal static class AddRecommendationEndpoint
{
    public static RouteHandlerBuilder MapAddRecommendation(this RouteGroupBuilder reviews) =>
        reviews.MapPost("/{id:guid}/recommendations", Handle)
            .WithName("AddRecommendation")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Propose early learning or a SMART action: owner agency, due date, category. Write it with the review's pseudonyms: text using a real name from the restricted record is refused (422 text-uses-real-name).");

    private static async Task<Ok<ReviewResponse>> Handle(
        Guid id, RecommendationRequest request, ReviewsDbContext db, Changes<ReviewCase> reviews, ReviewClock clock, CancellationToken cancellationToken)
    {
        var restricted = await db.RestrictedNamesOfAsync(id, cancellationToken);
        return TypedResults.Ok(clock.View(await reviews.ApplyAsync(
            id,
            ifMatch: null,
            "recommendation-added",
            (review, now) =>
            {
                restricted?.EnsureNotNamedIn(request.Text);
                review.AddRecommendation(request.Kind!.Value, request.Category!.Value, request.Text, request.OwnerAgency, request.DueOn!.Value, now);
            },
            cancellationToken)));
    }
}

public sealed record RecommendationRequest(
    [property: Required] RecommendationKind? Kind,
    [property: Required] RecommendationCategory? Category,
    [property: Required, StringLength(2000, MinimumLength = 3)] string Text,
    [property: Required, StringLength(100), RegularExpression(AgencySlug.Pattern, ErrorMessage = AgencySlug.Message)] string OwnerAgency,
    [property: Required] DateOnly? DueOn);
