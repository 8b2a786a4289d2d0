using System.Net.Http.Json;
using Reviews.Api.Statistics.Thematic;
using Reviews.Tests.Infrastructure;
using static Reviews.Tests.Infrastructure.ReviewRequests;

namespace Reviews.Tests.Statistics;

/// <summary>Thematic counts publish the number of reviews, so no breakdown of it may leave one withheld count to subtract.</summary>
public class ThematicCountsTests(ReviewsApiFactory reviews) : IClassFixture<ReviewsApiFactory>
{
    [Fact]
    public async Task A_single_review_in_a_year_cannot_be_worked_out_from_the_number_of_reviews()
    {
        var police = reviews.PolicePartnerSystem();
        reviews.Clock.Now = new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 5; i++)
        {
            var notification = Notification("great-yarmouth", 40, "current-intimate-partner");
            notification["diedOn"] = "2025-03-01";
            await police.NotifyAsync(notification);
        }

        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        await police.NotifyAsync(Notification("north-norfolk", 40, "current-intimate-partner"));

        var counts = await reviews.PartnershipOfficer().GetFromJsonAsync<ThematicCounts>("/api/reviews/thematic", TestJson.Options);

        Assert.Equal(6, counts!.Reviews);
        Assert.Null(counts.ByYear.Single(c => c.Key == "2026").Count);
        Assert.Null(counts.ByYear.Single(c => c.Key == "2025").Count); // published, 6 - 5 would give the 2026 review away
        Assert.Equal(6, counts.ByRelationship.Single(c => c.Key == "current-intimate-partner").Count);
        foreach (var breakdown in new[] { counts.ByYear, counts.ByDistrict, counts.ByRelationship })
        {
            Assert.NotEqual(1, breakdown.Count(c => c.Count is null));
        }
    }
}
