using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Reviews.Api.Data;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases.GetReview;

internal static class GetReviewEndpoint
{
    public static RouteHandlerBuilder MapGetReview(this RouteGroupBuilder reviews) =>
        reviews.MapGet("/{id:guid}", Handle)
            .WithName("GetReview")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One review (pseudonymous) for review managers and its own chair and panel; the read is audited.");

    private static async Task<Ok<ReviewResponse>> Handle(
        Guid id, ReviewsDbContext db, CurrentUser user, AuditTrail audit, ReviewClock clock, CancellationToken cancellationToken)
    {
        var review = await db.FindVisibleOrThrowAsync(id, user, cancellationToken);
        audit.Record(db, "review-viewed", nameof(ReviewCase), review.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(clock.View(review));
    }
}
