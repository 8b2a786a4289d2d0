using Microsoft.EntityFrameworkCore;
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
        services.AddRetentionRule(new RetentionRule<ReviewsDbContext>(Name, DefaultKeepFor, ClearAsync));

    private static async Task<int> ClearAsync(ReviewsDbContext db, DateTimeOffset cutoff, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var publishedBefore = DateOnly.FromDateTime(cutoff.UtcDateTime);
        var due = await db.RestrictedRecords
            .Where(record => record.ClearedAt == null
                && db.Reviews.Any(review => review.Id == record.ReviewId && review.PublishedOn < publishedBefore))
            .OrderBy(record => record.ReviewId)
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var record in due)
        {
            record.Clear(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
