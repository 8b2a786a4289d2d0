using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;
using Reviews.Api.Data;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases;

/// <summary>
/// Review managers (the partnership's) see and run every review; a review's own chair and panel members see that
/// review and its restricted record. To anyone else a review's detail does not exist: they get references and counts.
/// </summary>
internal static class ReviewAccess
{
    public static bool IsReviewManager(this CurrentUser user) => user.IsInRole(Roles.ReviewManager);

    public static bool MaySee(this CurrentUser user, ReviewCase review) => user.IsReviewManager() || review.IsOnPanel(user.Id);

    /// <summary>Overwriting the restricted record's names and notes: review managers and the review's chair, not its panel (issue 15).</summary>
    public static bool MayRewriteRestrictedRecord(this CurrentUser user, ReviewCase review) => user.IsReviewManager() || review.IsChair(user.Id);

    public static async Task<ReviewCase> FindReviewOrThrowAsync(this ReviewsDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Reviews.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw NotFound(id);

    public static async Task<ReviewCase> FindVisibleOrThrowAsync(
        this ReviewsDbContext db, Guid id, CurrentUser user, CancellationToken cancellationToken)
    {
        var review = await db.FindReviewOrThrowAsync(id, cancellationToken);
        return user.MaySee(review) ? review : throw NotFound(id);
    }

    /// <summary>The restricted record of a review the caller may see (404 otherwise).</summary>
    public static async Task<RestrictedRecord> FindRestrictedRecordOrThrowAsync(
        this ReviewsDbContext db, Guid id, CurrentUser user, CancellationToken cancellationToken)
    {
        _ = await db.FindVisibleOrThrowAsync(id, user, cancellationToken);
        return await db.RestrictedRecords.SingleAsync(r => r.ReviewId == id, cancellationToken);
    }

    /// <summary>
    /// The restricted record read only to check recommendation text against its names: not a user's read, so not
    /// audited as one.
    /// </summary>
    public static Task<RestrictedRecord?> RestrictedNamesOfAsync(this ReviewsDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.RestrictedRecords.AsNoTracking().SingleOrDefaultAsync(r => r.ReviewId == id, cancellationToken);

    /// <summary>
    /// Review changes (<see cref="Changes{TAggregate}"/>): by id, for the review managers the endpoints admit; audited as
    /// <see cref="ReviewSummary"/>, which holds nothing identifying.
    /// </summary>
    public static IServiceCollection AddReviewChanges(this IServiceCollection services) =>
        services.AddChanges<ReviewsDbContext, ReviewCase>(setup => setup
            .FindBy<Guid>((db, id, cancellationToken) => db.Reviews.SingleOrDefaultAsync(r => r.Id == id, cancellationToken), NotFound)
            .AuditAs(review => review.Id.ToString(), ReviewSummary.From));

    /// <summary>
    /// Restricted record overwrites (<see cref="Changes{TAggregate}"/>): by review id, for those who may rewrite it (a
    /// panel member who may only read it, or anyone else, gets not found); If-Match against its version; audited as
    /// <see cref="RestrictedRecordSummary"/>, which says which fields are filled and never what they hold.
    /// </summary>
    public static IServiceCollection AddRestrictedRecordChanges(this IServiceCollection services) =>
        services.AddChanges<ReviewsDbContext, RestrictedRecord>(setup => setup
            .FindBy<Guid>(
                async (db, user, id, cancellationToken) =>
                    await db.Reviews.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } review
                    && user.MayRewriteRestrictedRecord(review)
                        ? await db.RestrictedRecords.SingleOrDefaultAsync(r => r.ReviewId == id, cancellationToken)
                        : null,
                NotFound)
            .AuditAs(record => record.ReviewId.ToString(), RestrictedRecordSummary.From)
            .VersionedBy(record => record.Version));

    private static RuleViolationException NotFound(Guid id) =>
        new("review-not-found", $"There is no review {id} that you may see.", RuleViolationKind.NotFound);
}
