using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Reviews.Tests.Infrastructure;
using static Reviews.Tests.Infrastructure.ReviewRequests;

namespace Reviews.Tests.Cases;

public class NotificationInputTests(ReviewsApiFactory reviews) : IClassFixture<ReviewsApiFactory>
{
    [Fact]
    public async Task A_notification_that_fails_validation_says_exactly_why()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var police = reviews.PolicePartnerSystem();
        var withoutAge = Notification();
        withoutAge.Remove("victimAge");

        var unknownDistrict = await ErrorsAsync(police, Notification(district: "suffolk"));
        var missingAge = await ErrorsAsync(police, withoutAge);
        var unknownRelationship = await ErrorsAsync(police, Notification(relationship: "neighbour"));

        Assert.Contains("great-yarmouth", unknownDistrict["district"], StringComparison.Ordinal);
        Assert.Contains("required", missingAge["victimage"], StringComparison.Ordinal);
        Assert.True(unknownRelationship.ContainsKey("relationship"));
    }

    private static async Task<Dictionary<string, string>> ErrorsAsync(HttpClient client, JsonObject notification)
    {
        var problem = await (await client.PostAsJsonAsync("/api/reviews/notifications", notification)).ReadProblemAsync(HttpStatusCode.BadRequest);
        return problem.GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name.ToLowerInvariant(), e => e.Value[0].GetString()!);
    }

    [Fact]
    public async Task A_death_after_today_is_a_422()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var notification = Notification();
        notification["diedOn"] = "2026-02-01";

        var response = await reviews.PolicePartnerSystem().PostAsJsonAsync("/api/reviews/notifications", notification);

        await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_15_year_old_victim_is_notified_but_the_criteria_say_why_not()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;

        var receipt = await reviews.PolicePartnerSystem().NotifyAsync(Notification(victimAge: 15));

        Assert.False(receipt.Criteria.Met);
        Assert.False(Assert.Single(receipt.Criteria.Criteria, c => c.Criterion == "age").Met);
    }
}
