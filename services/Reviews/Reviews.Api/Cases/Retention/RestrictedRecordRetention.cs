using Platform.ServiceDefaults.Retention;
using Reviews.Api.Data;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases.Retention;

/// <summary>
/// A review's restricted record (names, notes, family engagement and their history) is cleared a set time after the
/// report's publication (default six years, the period most partners keep case records for; the partnership's to
/// confirm). The review, its published report reference, recommendations and figures remain, with no names.
/// </summary>
internal static class RestrictedRecordRetention
{
    public const string Name = "dhr-restricted-record";

    public static readonly TimeSpan DefaultKeepFor = TimeSpan.FromDays(6 * 365);

    public static IServiceCollection AddRestrictedRecordRetention(this IServiceCollection services) =>
        services.AddRetentionRule(RetentionRule.ForEach<ReviewsDbContext, RestrictedRecord>(Name, DefaultKeepFor, Due, (record, now) => record.Clear(now)));

    private static IQueryable<RestrictedRecord> Due(ReviewsDbContext db, DateTimeOffset cutoff)
    {
        var publishedBefore = DateOnly.FromDateTime(cutoff.UtcDateTime);
        return db.RestrictedRecords
            .Where(record => record.ClearedAt == null
                && db.Reviews.Any(review => review.Id == record.ReviewId && review.PublishedOn < publishedBefore))
            .OrderBy(record => record.ReviewId);
    }
}
