using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Disclosure;
using Platform.ServiceDefaults.Http;
using Reviews.Api.Data;
using Reviews.Api.Domain;

namespace Reviews.Api.Statistics.Thematic;

internal static class ThematicCountsEndpoint
{
    public static RouteHandlerBuilder MapThematicCounts(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/reviews/thematic", Handle)
            .RequireAuthorization()
            .WithTags("Thematic")
            .WithName("ThematicCounts")
            .WithSummary(
                "Counts across all reviews by year notified, district, relationship and recommendation category, for thematic reviews. " +
                "Counts under 5 (zero included) are withheld (null), and further counts where the number of reviews would give one away.");

    private static async Task<Ok<ThematicCounts>> Handle(ReviewsDbContext db, CancellationToken cancellationToken)
    {
        var reviews = await db.Reviews.AsNoTracking().ToListAsync(cancellationToken);
        var recommendations = reviews.SelectMany(r => r.Recommendations).ToList();
        var suppression = new SmallNumberSuppression();
        var total = suppression.Count(reviews.Count);
        var byYear = suppression.Breakdown(total, CountBy(reviews.Select(YearOf).Distinct().Order(StringComparer.Ordinal), reviews, YearOf));
        var byDistrict = suppression.Breakdown(total, CountBy(Districts.All, reviews, r => r.District));
        var byRelationship = suppression.Breakdown(
            total, CountBy(Enum.GetValues<Relationship>().Select(EnumNames.NameOf), reviews, r => EnumNames.NameOf(r.Notification.Relationship)));

        // Their total is not published, so these are withheld only when small.
        var byCategory = CountBy(Enum.GetValues<RecommendationCategory>().Select(EnumNames.NameOf), recommendations, r => EnumNames.NameOf(r.Category))
            .ToDictionary(pair => pair.Key, pair => suppression.Count(pair.Value));
        var published = suppression.Apply();
        return TypedResults.Ok(new ThematicCounts(
            published[total], Groups(published, byYear), Groups(published, byDistrict), Groups(published, byRelationship), Groups(published, byCategory)));
    }

    private static string YearOf(ReviewCase review) => review.NotifiedOn.Year.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, int> CountBy<T>(IEnumerable<string> keys, IReadOnlyList<T> items, Func<T, string> keyOf) =>
        keys.ToDictionary(key => key, key => items.Count(item => keyOf(item) == key));

    private static IReadOnlyList<GroupCount> Groups(PublishedFigures published, IReadOnlyDictionary<string, Figure> figures) =>
        [.. figures.Select(pair => new GroupCount(pair.Key, published[pair.Value]))];
}

/// <param name="Count">Null when withheld: under 5 (zero included), or where it would give a withheld count away.</param>
public sealed record GroupCount(string Key, int? Count);

/// <param name="Reviews">All notified reviews; null when under 5.</param>
public sealed record ThematicCounts(
    int? Reviews,
    IReadOnlyList<GroupCount> ByYear,
    IReadOnlyList<GroupCount> ByDistrict,
    IReadOnlyList<GroupCount> ByRelationship,
    IReadOnlyList<GroupCount> ByRecommendationCategory);
