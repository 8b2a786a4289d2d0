using System.Net.Http.Json;
using System.Text.Json;
using EndToEnd.Tests.Infrastructure;
using static EndToEnd.Tests.Infrastructure.ReviewRequests;

namespace EndToEnd.Tests;

/// <summary>
/// A death notified by the police system through the gateway, decided, commissioned and a recommendation agreed by the
/// review manager, all through the gateway; the agreed recommendation leaves through the outbox onto RabbitMQ once,
/// carrying the pseudonymous reference and never a name.
/// </summary>
public class ReviewRecommendationFlowTests(PlatformUnderTest platform) : IClassFixture<PlatformUnderTest>
{
    [Fact]
    public async Task A_recommendation_agreed_through_the_gateway_reaches_the_broker_once_with_the_reference_only()
    {
        await using var tap = await EventTap.OpenAsync(platform.Broker, "reviews.recommendation-agreed.v1");
        var police = platform.PolicePartnerSystem();
        var manager = platform.ReviewManager();

        var (id, reference) = await NotifyAsync(police, "kings-lynn-west-norfolk");
        await DecideToCommissionAsync(manager, id);
        await CommissionAsync(manager, id);
        var recommendationId = await ProposeRecommendationAsync(manager, id, "Flag Adult A's GP record after any MARAC referral.");
        await AgreeRecommendationAsync(manager, id, recommendationId);

        var first = await tap.WaitForAsync(_ => true, TimeSpan.FromSeconds(30));
        var envelope = JsonDocument.Parse(first).RootElement;
        Assert.Contains(envelope.GetProperty("messageType").EnumerateArray(), t => t.GetString()!.EndsWith("csp:reviews:recommendation-agreed:v1", StringComparison.Ordinal));
        var message = envelope.GetProperty("message");
        Assert.Equal(
            (recommendationId, reference, "process-improvement", "norfolk-waveney-icb"),
            (message.GetProperty("recommendationId").GetGuid(), message.GetProperty("reviewReference").GetString(),
             message.GetProperty("category").GetString(), message.GetProperty("ownerAgency").GetString()));
        Assert.DoesNotContain("Endtoend", first, StringComparison.Ordinal); // neither name
        Assert.Equal(1, await tap.CountAfterAsync(TimeSpan.FromSeconds(2), _ => true)); // once

        var found = await manager.GetFromJsonAsync<JsonElement>($"/api/reviews?search=DARDR{reference[3..]}");
        Assert.Equal([reference], found.EnumerateArray().Select(r => r.GetProperty("reference").GetString()));
    }
}
