using System.Net;
using System.Net.Http.Json;
using Reviews.Api.Cases.ListReviews;
using Reviews.Tests.Infrastructure;
using static Reviews.Tests.Infrastructure.ReviewRequests;

namespace Reviews.Tests.Cases;

/// <summary>Domestic Homicide Reviews and Domestic Abuse Related Death Reviews are the same reviews under two names: both find them.</summary>
public class ReviewSearchTests(ReviewsApiFactory reviews) : IClassFixture<ReviewsApiFactory>
{
    [Fact]
    public async Task Either_name_either_reference_form_or_type_lists_the_same_reviews_and_labels_say_both()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var manager = reviews.ReviewManager();
        var norwich = await manager.NotifyAsync(Notification("norwich"));
        var breckland = await manager.NotifyAsync(Notification("breckland"));
        var dardr = "DARDR" + breckland.Reference[3..];

        var all = await ListAsync(manager, "");
        Assert.Equal([norwich.Reference, breckland.Reference], all.Select(r => r.Reference));
        foreach (var query in new[] { "?type=dhr", "?type=DARDR", "?search=Domestic%20Homicide%20Review", "?search=domestic%20abuse%20related%20death%20reviews", "?search=dardr" })
        {
            Assert.Equal(all.Select(r => r.Id), (await ListAsync(manager, query)).Select(r => r.Id));
        }

        Assert.Equal([breckland.Id], (await ListAsync(manager, $"?search={dardr}")).Select(r => r.Id));
        Assert.Equal([breckland.Id], (await ListAsync(manager, $"?search={breckland.Reference.ToLowerInvariant()}")).Select(r => r.Id));
        Assert.Equal([breckland.Id], (await ListAsync(manager, "?type=dardr&search=Breckland")).Select(r => r.Id));
        var item = all.Single(r => r.Id == breckland.Id);
        Assert.Equal((dardr, dardr), (item.AlsoKnownAs, breckland.AlsoKnownAs));
        Assert.Contains("Domestic Homicide Review", item.Type, StringComparison.Ordinal);
        Assert.Contains("Domestic Abuse Related Death Review", item.Type, StringComparison.Ordinal);
        var detail = await manager.GetStringAsync($"/api/reviews/{breckland.Id}");
        Assert.Contains(dardr, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_type_is_a_400_that_names_the_two_accepted()
    {
        var response = await reviews.ReviewManager().GetAsync("/api/reviews?type=sar");

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("dardr", problem.GetProperty("errors").GetRawText(), StringComparison.Ordinal);
    }

    private static async Task<List<ReviewListItem>> ListAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<List<ReviewListItem>>($"/api/reviews{query}", TestJson.Options))!;
}
