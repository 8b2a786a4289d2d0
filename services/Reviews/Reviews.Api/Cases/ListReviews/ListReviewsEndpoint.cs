using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Reviews.Api.Data;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases.ListReviews;

internal static class ListReviewsEndpoint
{
    public static RouteHandlerBuilder MapListReviews(this RouteGroupBuilder reviews) =>
        reviews.MapGet("/", Handle)
            .WithName("ListReviews")
            .WithSummary(
                "Domestic Homicide Reviews (DHR), also called Domestic Abuse Related Death Reviews (DARDR), by pseudonymous reference with stage and " +
                "timescale; review managers see all, panel members their own. `type` takes dhr or dardr (the same reviews either way); `search` " +
                "matches a reference in either form (DHR-2026-0001 or DARDR-2026-0001), either name or abbreviation, or a district.");

    private static async Task<Ok<IReadOnlyList<ReviewListItem>>> Handle(
        [AsParameters] ListReviewsQuery query, ReviewsDbContext db, CurrentUser user, AuditTrail audit, ReviewClock clock, CancellationToken cancellationToken)
    {
        var all = await db.Reviews.AsNoTracking().OrderBy(r => r.NotifiedAt).ToListAsync(cancellationToken);
        IReadOnlyList<ReviewListItem> visible =
        [
            .. all.Where(user.MaySee).Where(r => query.Search is null || ReviewNames.Matches(r, query.Search)).Select(r => new ReviewListItem(
                r.Id, r.Reference, r.District, r.Stage, r.DecisionDueOn, r.DecisionOverdue(clock.Today), r.Timescale(clock.Policy, clock.Today),
                ReviewNames.Label, ReviewNames.AlsoKnownAs(r.Reference))),
        ];
        audit.Record(db, "reviews-listed", nameof(ReviewCase), "*", after: new { visible.Count, Searched = query.Search is not null });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(visible);
    }
}

/// <param name="Type">dhr or dardr, any case: two names for the same reviews, so either lists them all.</param>
/// <param name="Search">Free text: a reference in either form, either name or abbreviation, or a district.</param>
public sealed record ListReviewsQuery(
    [property: RegularExpression("^(?i:dhr|dardr)$", ErrorMessage = "Use dhr or dardr: both name the same reviews (Domestic Homicide Review, now also called Domestic Abuse Related Death Review).")] string? Type,
    [property: StringLength(100)] string? Search);

/// <param name="Type">Both names of the review, so a reader who knows either recognises it.</param>
/// <param name="AlsoKnownAs">The reference in its DARDR form, e.g. DARDR-2026-0001 for DHR-2026-0001.</param>
public sealed record ReviewListItem(
    Guid Id,
    string Reference,
    string District,
    ReviewStage Stage,
    DateOnly DecisionDueOn,
    bool DecisionOverdue,
    Timescale? Timescale,
    string Type,
    string AlsoKnownAs);
