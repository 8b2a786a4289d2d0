using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Http;
using Reviews.Api.Data;
using Reviews.Api.Domain;

namespace Reviews.Api.Statistics.Thematic;

internal static class ThematicCountsEndpoint
{
    /// <summary>Counts from 1 to this minus one could identify a family, so they are shown as suppressed.</summary>
    public const int SuppressBelow = 5;

    public static RouteHandlerBuilder MapThematicCounts(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/reviews/thematic", Handle)
            .RequireAuthorization()
            .WithTags("Thematic")
            .WithName("ThematicCounts")
            .WithSummary("Counts across all reviews by year notified, district, relationship and recommendation category, for thematic reviews. Counts of 1–4 are suppressed (null).");

    private static async Task<Ok<ThematicCounts>> Handle(ReviewsDbContext db, CancellationToken cancellationToken)
    {
        var reviews = await db.Reviews.AsNoTracking().ToListAsync(cancellationToken);
        var recommendations = reviews.SelectMany(r => r.Recommendations).ToList();
        return TypedResults.Ok(new ThematicCounts(
            Suppress(reviews.Count),
            Count(reviews.Select(r => r.NotifiedOn.Year).Distinct().Order().Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)), reviews, r => r.NotifiedOn.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Count(Districts.All, reviews, r => r.District),
            Count(Enum.GetValues<Relationship>().Select(EnumNames.NameOf), reviews, r => EnumNames.NameOf(r.Notification.Relationship)),
            Count(Enum.GetValues<RecommendationCategory>().Select(EnumNames.NameOf), recommendations, r => EnumNames.NameOf(r.Category))));
    }

    private static IReadOnlyList<GroupCount> Count<T>(IEnumerable<string> keys, IReadOnlyList<T> items, Func<T, string> keyOf) =>
        [.. keys.Select(key => new GroupCount(key, Suppress(items.Count(item => keyOf(item) == key))))];

    private static int? Suppress(int count) => count is > 0 and < SuppressBelow ? null : count;
}

/// <param name="Count">Null when 1 to 4 (suppressed).</param>
public sealed record GroupCount(string Key, int? Count);

/// <param name="Reviews">All notified reviews; null when 1 to 4.</param>
public sealed record ThematicCounts(
    int? Reviews,
    IReadOnlyList<GroupCount> ByYear,
    IReadOnlyList<GroupCount> ByDistrict,
    IReadOnlyList<GroupCount> ByRelationship,
    IReadOnlyList<GroupCount> ByRecommendationCategory);
