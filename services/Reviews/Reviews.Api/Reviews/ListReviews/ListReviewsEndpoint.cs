using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Reviews.Api.Data;
using Reviews.Api.Domain;

namespace Reviews.Api.Reviews.ListReviews;

internal static class ListReviewsEndpoint
{
    public static RouteHandlerBuilder MapListReviews(this RouteGroupBuilder reviews) =>
        reviews.MapGet("/", Handle)
            .WithName("ListReviews")
            .WithSummary("Reviews by pseudonymous reference with stage and timescale; review managers see all, panel members their own.");

    private static async Task<Ok<IReadOnlyList<ReviewListItem>>> Handle(
        ReviewsDbContext db, CurrentUser user, AuditTrail audit, ReviewClock clock, CancellationToken cancellationToken)
    {
        var all = await db.Reviews.AsNoTracking().OrderBy(r => r.NotifiedAt).ToListAsync(cancellationToken);
        IReadOnlyList<ReviewListItem> visible =
        [
            .. all.Where(user.MaySee).Select(r => new ReviewListItem(
                r.Id, r.Reference, r.District, r.Stage, r.DecisionDueOn, r.DecisionOverdue(clock.Today), r.Timescale(clock.Policy, clock.Today))),
        ];
        audit.Record(db, "reviews-listed", nameof(ReviewCase), "*", after: new { visible.Count });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(visible);
    }
}

public sealed record ReviewListItem(
    Guid Id, string Reference, string District, ReviewStage Stage, DateOnly DecisionDueOn, bool DecisionOverdue, Timescale? Timescale);
