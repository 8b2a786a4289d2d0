using Platform.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Messaging;
using Reviews.Api.Data;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases;

/// <summary>
/// Every change to a review runs the same way: find it, let the domain make the move (a refused move throws before
/// anything is saved), then commit the change, its audit entry (summaries before and after) and any integration
/// event in one transaction.
/// </summary>
public sealed class ReviewChanges(ReviewsDbContext db, AuditTrail audit, ReviewClock clock)
{
    public async Task<ReviewResponse> ApplyAsync(
        Guid id,
        string action,
        Func<ReviewCase, DateTimeOffset, IntegrationEvent?> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var review = await db.FindReviewOrThrowAsync(id, cancellationToken);
        var before = ReviewSummary.From(review);
        if (change(review, clock.Now) is { } integrationEvent)
        {
            db.AddIntegrationEvent(integrationEvent);
        }

        audit.Record(db, action, nameof(ReviewCase), review.Id.ToString(), before, ReviewSummary.From(review));
        await db.SaveChangesAsync(cancellationToken);
        return clock.View(review);
    }

    public Task<ReviewResponse> ApplyAsync(Guid id, string action, Action<ReviewCase, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return ApplyAsync(
            id,
            action,
            (review, now) =>
            {
                change(review, now);
                return null;
            },
            cancellationToken);
    }
}
