using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EndToEnd.Tests.Infrastructure;

namespace EndToEnd.Tests;

/// <summary>
/// A death notified by the police system through the gateway, decided, commissioned and a recommendation agreed by the
/// review manager, all through the gateway; the agreed recommendation leaves through the outbox onto RabbitMQ once,
/// carrying the pseudonymous reference and never a name.
/// </summary>
public class ReviewRecommendationFlowTests(ReviewsPlatform platform) : IClassFixture<ReviewsPlatform>
{
    private const string VictimName = "Jane Endtoendvictim";
    private const string PerpetratorName = "John Endtoendsuspect";

    [Fact]
    public async Task A_recommendation_agreed_through_the_gateway_reaches_the_broker_once_with_the_reference_only()
    {
        await using var tap = await ExchangeTap.BindAsync(platform.Broker, "reviews.recommendation-agreed.v1");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var police = platform.PolicePartnerSystem();
        var manager = platform.ReviewManager();

        var notified = await police.PostAsJsonAsync("/api/reviews/notifications", new
        {
            diedOn = Day(today.AddDays(-3)),
            district = "kings-lynn-west-norfolk",
            victimAge = 52,
            relationship = "current-intimate-partner",
            suicide = false,
            abuseConcerns = true,
            criminalInvestigationOpen = true,
            criminalOutcome = "charged",
            victimName = VictimName,
            perpetratorName = PerpetratorName,
        });
        Assert.Equal(HttpStatusCode.Created, notified.StatusCode);
        var receipt = await notified.Content.ReadFromJsonAsync<JsonElement>();
        var id = receipt.GetProperty("id").GetGuid();
        var reference = receipt.GetProperty("reference").GetString()!;
        var path = $"/api/reviews/{id}";

        await SucceedAsync(manager, $"{path}/decision", new { outcome = "commission", reasons = "Current partner; criteria met.", decidedOn = Day(today), homeOfficeToldOn = Day(today) });
        await SucceedAsync(manager, $"{path}/commissioning", new
        {
            chair = new { name = "A. Independent", tenderReference = "NCC-TENDER-E2E", appointedOn = Day(today), userId = "chair-e2e" },
            panel = new[] { new { agency = "norfolk-constabulary", userId = "panel-e2e" } },
            termsOfReference = "Agency contact with both parties over the last five years.",
        });
        var proposed = await SucceedAsync(manager, $"{path}/recommendations", new
        {
            kind = "smart-action", category = "process-improvement", text = "Flag Adult A's GP record after any MARAC referral.",
            ownerAgency = "norfolk-waveney-icb", dueOn = Day(today.AddMonths(6)),
        });
        var recommendationId = proposed.GetProperty("recommendations")[0].GetProperty("id").GetGuid();
        await SucceedAsync(manager, $"{path}/recommendations/{recommendationId}/agreement", new { });

        var first = await tap.FirstAsync(TimeSpan.FromSeconds(30));
        Assert.NotNull(first);
        var envelope = JsonDocument.Parse(first).RootElement;
        Assert.Contains(envelope.GetProperty("messageType").EnumerateArray(), t => t.GetString()!.EndsWith("csp:reviews:recommendation-agreed:v1", StringComparison.Ordinal));
        var message = envelope.GetProperty("message");
        Assert.Equal(
            (recommendationId, reference, "process-improvement", "norfolk-waveney-icb"),
            (message.GetProperty("recommendationId").GetGuid(), message.GetProperty("reviewReference").GetString(),
             message.GetProperty("category").GetString(), message.GetProperty("ownerAgency").GetString()));
        Assert.DoesNotContain("Endtoend", first, StringComparison.Ordinal); // neither name
        Assert.Empty(await tap.CollectAsync(TimeSpan.FromSeconds(2))); // once

        var found = await manager.GetFromJsonAsync<JsonElement>($"/api/reviews?search=DARDR{reference[3..]}");
        Assert.Equal([reference], found.EnumerateArray().Select(r => r.GetProperty("reference").GetString()));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<JsonElement> SucceedAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
