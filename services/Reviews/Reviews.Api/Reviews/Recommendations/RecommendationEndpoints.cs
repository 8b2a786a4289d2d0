using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Time;
using Reviews.Api.Data;
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
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Propose early learning or a SMART action: owner agency, due date, category. Write it with the review's pseudonyms: text using a real name from the restricted record is refused (422 text-uses-real-name).");
        reviews.MapPost("/{id:guid}/recommendations/{recommendationId:guid}/agreement", Agree)
            .WithName("AgreeRecommendation")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Agree a recommendation; publishes ReviewRecommendationAgreed (pseudonymous reference and the text) for the composite action plan. The text is checked again against the restricted record's names, which may have been added since it was proposed.");
        reviews.MapPost("/{id:guid}/recommendations/{recommendationId:guid}/completion", Complete)
            .WithName("CompleteRecommendation")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record the day an agreed action was completed.");
        return reviews;
    }

    private static async Task<Ok<ReviewResponse>> Add(
        Guid id, RecommendationRequest request, ReviewsDbContext db, ReviewChanges changes, CancellationToken cancellationToken)
    {
        var restricted = await RestrictedRecordOfAsync(db, id, cancellationToken);
        return TypedResults.Ok(await changes.ApplyAsync(
            id,
            "recommendation-added",
            (review, now) =>
            {
                restricted?.EnsureNotNamedIn(request.Text);
                review.AddRecommendation(request.Kind!.Value, request.Category!.Value, request.Text, request.OwnerAgency, request.DueOn!.Value, now);
            },
            cancellationToken));
    }

    /// <summary>Read only to check recommendation text against the names (not a user's read, so not audited as one).</summary>
    private static Task<RestrictedRecord?> RestrictedRecordOfAsync(ReviewsDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.RestrictedRecords.AsNoTracking().SingleOrDefaultAsync(r => r.ReviewId == id, cancellationToken);

    private static async Task<Ok<ReviewResponse>> Complete(
        Guid id, Guid recommendationId, CompletionRequest request, ReviewChanges changes, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.ApplyAsync(
            id, "recommendation-completed", (review, _) => review.CompleteRecommendation(recommendationId, request.CompletedOn!.Value), cancellationToken));

    private static async Task<Ok<ReviewResponse>> Agree(
        Guid id, Guid recommendationId, ReviewsDbContext db, ReviewChanges changes, CancellationToken cancellationToken)
    {
        var restricted = await RestrictedRecordOfAsync(db, id, cancellationToken);
        return TypedResults.Ok(await changes.ApplyAsync(
            id,
            "recommendation-agreed",
            (review, now) =>
            {
                var agreed = review.AgreeRecommendation(recommendationId, UkDate.Of(now));
                restricted?.EnsureNotNamedIn(agreed.Text);
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
}

public sealed record CompletionRequest([property: Required] DateOnly? CompletedOn);

public sealed record RecommendationRequest(
    [property: Required] RecommendationKind? Kind,
    [property: Required] RecommendationCategory? Category,
    [property: Required, StringLength(2000, MinimumLength = 3)] string Text,
    [property: Required, StringLength(100), RegularExpression(AgencySlug.Pattern, ErrorMessage = AgencySlug.Message)] string OwnerAgency,
    [property: Required] DateOnly? DueOn);
