using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// The steps of a Domestic Homicide Review through the gateway, as the police system and the review manager take them:
/// notification, decision to commission, commissioning, a recommendation proposed and agreed.
/// </summary>
public static class ReviewRequests
{
    public const string VictimName = "Jane Endtoendvictim";
    public const string PerpetratorName = "John Endtoendsuspect";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The police system notifies a death three days ago in <paramref name="district"/>; returns the review's id and reference.</summary>
    public static async Task<(Guid Id, string Reference)> NotifyAsync(HttpClient police, string district)
    {
        var notified = await police.PostAsJsonAsync("/api/reviews/notifications", new
        {
            diedOn = Day(Today.AddDays(-3)),
            district,
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
        return (receipt.GetProperty("id").GetGuid(), receipt.GetProperty("reference").GetString()!);
    }

    /// <summary>The review manager decides today to commission, and tells the Home Office today.</summary>
    public static Task DecideToCommissionAsync(HttpClient manager, Guid review) =>
        SucceedAsync(manager, $"/api/reviews/{review}/decision",
            new { outcome = "commission", reasons = "Current partner; criteria met.", decidedOn = Day(Today), homeOfficeToldOn = Day(Today) });

    /// <summary>Appoints an independent chair and a one-member panel with terms of reference.</summary>
    public static Task CommissionAsync(HttpClient manager, Guid review) =>
        SucceedAsync(manager, $"/api/reviews/{review}/commissioning", new
        {
            chair = new { name = "A. Independent", tenderReference = "NCC-TENDER-E2E", appointedOn = Day(Today), userId = "chair-e2e" },
            panel = new[] { new { agency = "norfolk-constabulary", userId = "panel-e2e" } },
            termsOfReference = "Agency contact with both parties over the last five years.",
        });

    /// <summary>Proposes a process-improvement SMART action owned by the ICB, due in six months; returns its id.</summary>
    public static async Task<Guid> ProposeRecommendationAsync(HttpClient manager, Guid review, string text)
    {
        var proposed = await SucceedAsync(manager, $"/api/reviews/{review}/recommendations", new
        {
            kind = "smart-action", category = "process-improvement", text,
            ownerAgency = "norfolk-waveney-icb", dueOn = Day(Today.AddMonths(6)),
        });
        return proposed.GetProperty("recommendations").EnumerateArray().Last().GetProperty("id").GetGuid();
    }

    public static Task AgreeRecommendationAsync(HttpClient manager, Guid review, Guid recommendation) =>
        SucceedAsync(manager, $"/api/reviews/{review}/recommendations/{recommendation}/agreement", new { });

    private static async Task<JsonElement> SucceedAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
