using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Reviews.Api.Data;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases.AgreeRecommendation;

/// <summary>Agreeing a recommendation sends it to the composite action plan in Plans.</summary>
internal static class AgreeRecommendationEndpoint
{
    public static RouteHandlerBuilder MapAgreeRecommendation(this RouteGroupBuilder reviews) =>
        reviews.MapPost("/{id:guid}/recommendations/{recommendationId:guid}/agreement", Handle)
            .WithName("AgreeRecommendation")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Agree a recommendation; publishes ReviewRecommendationAgreed (pseudonymous reference and the text) for the composite action plan. The text is checked again against the restricted record's names, which may have been added since it was proposed.");

    private static async Task<Ok<ReviewResponse>> Handle(
        Guid id, Guid recommendationId, ReviewsDbContext db, Changes<ReviewCase> reviews, ReviewClock clock, CancellationToken cancellationToken)
    {
        var restricted = await db.RestrictedNamesOfAsync(id, cancellationToken);
        return TypedResults.Ok(clock.View(await reviews.ApplyAsync(
            id,
            ifMatch: null,
            "recommendation-agreed",
            (review, now) =>
            {
                var agreed = review.AgreeRecommendation(recommendationId, now);
                restricted?.EnsureNotNamedIn(agreed.Text);
            },
            cancellationToken)));
    }
}
