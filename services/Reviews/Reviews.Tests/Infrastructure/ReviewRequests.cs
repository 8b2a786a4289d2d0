using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Reviews.Api.Cases;
using Reviews.Api.Cases.NotifyDeath;

namespace Reviews.Tests.Infrastructure;

/// <summary>Bodies as the police partner system and review managers send them, and the calls every test makes.</summary>
internal static class ReviewRequests
{
    public const string VictimName = "Jane Testvictim";
    public const string PerpetratorName = "John Testsuspect";

    /// <summary>A death two days before the default clock, by a former partner, with names for the restricted record.</summary>
    public static JsonObject Notification(string district = "norwich", int victimAge = 34, string relationship = "former-intimate-partner") => new()
    {
        ["diedOn"] = "2026-01-10",
        ["district"] = district,
        ["victimAge"] = victimAge,
        ["relationship"] = relationship,
        ["suicide"] = false,
        ["abuseConcerns"] = true,
        ["criminalInvestigationOpen"] = true,
        ["criminalOutcome"] = "charged",
        ["victimName"] = VictimName,
        ["perpetratorName"] = PerpetratorName,
    };

    public static object Commissioning(params string[] panelUserIds) => new
    {
        chair = new { name = "A. Independent", tenderReference = "NCC-TENDER-2026-014", appointedOn = "2026-02-02", userId = "chair-1" },
        panel = panelUserIds.Select(id => new { agency = "norfolk-constabulary", userId = id }).ToArray(),
        termsOfReference = "Agency contact with both parties from January 2021 to the death.",
    };

    public static async Task<NotificationReceipt> NotifyAsync(this HttpClient client, JsonObject notification)
    {
        var response = await client.PostAsJsonAsync("/api/reviews/notifications", notification);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<NotificationReceipt>(TestJson.Options))!;
    }

    public static async Task<ReviewResponse> SucceedAsync(this HttpClient client, string path, object? body = null)
    {
        var response = await client.PostAsJsonAsync(path, body ?? new { });
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<ReviewResponse>(TestJson.Options))!;
    }

    /// <summary>Notified, decided (commission) and commissioned with the given panel accounts.</summary>
    public static Task<ReviewResponse> CommissionedAsync(this HttpClient manager, params string[] panelUserIds) =>
        manager.CommissionedAsync(Notification(), panelUserIds);

    /// <summary>As <see cref="CommissionedAsync(HttpClient, string[])"/>, from <paramref name="notification"/>.</summary>
    public static async Task<ReviewResponse> CommissionedAsync(this HttpClient manager, JsonObject notification, params string[] panelUserIds)
    {
        var receipt = await manager.NotifyAsync(notification);
        var path = $"/api/reviews/{receipt.Id}";
        await manager.SucceedAsync($"{path}/decision", new { outcome = "commission", reasons = "Statutory criteria met.", decidedOn = "2026-01-12", homeOfficeToldOn = "2026-01-12" });
        return await manager.SucceedAsync($"{path}/commissioning", Commissioning(panelUserIds));
    }

    /// <summary>
    /// Overwrites a review's restricted record as a client does: reads it for its version (ETag) and sends that back as
    /// If-Match. A caller who cannot read it sends a made-up version.
    /// </summary>
    public static async Task<HttpResponseMessage> RewriteRestrictedAsync(this HttpClient client, Guid reviewId, object body)
    {
        using var read = await client.GetAsync($"/api/reviews/{reviewId}/restricted");
        var version = read.Headers.ETag?.Tag ?? "\"0\"";
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/reviews/{reviewId}/restricted") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", version);
        return await client.SendAsync(request);
    }
}
