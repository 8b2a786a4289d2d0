using Reviews.Tests.Infrastructure;

namespace Reviews.Tests.Cases;

public class ReviewEventsTests(ReviewsApiFactory reviews) : IClassFixture<ReviewsApiFactory>
{
    [Fact]
    public async Task Commissioning_a_review_reaches_the_broker()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;

        var review = await reviews.ReviewManager().CommissionedAsync("panel-a");

        await using var db = reviews.NewDbContext();
        var dispatched = await Eventually.TrueAsync(async () =>
            (await db.EventsAboutAsync(review.Reference)).Any(m => m.MessageType == "csp:reviews:review-commissioned:v1" && m.DispatchedAt != null));
        Assert.True(dispatched);
    }
}
