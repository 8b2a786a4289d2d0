using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Platform.Contracts;
using Web.Tests.Infrastructure;
using Web.Tests.Staff;

namespace Web.Tests.Reviews;

/// <summary>
/// Journey 7: the review manager's list of Domestic Homicide Reviews with their timescales (awaiting a decision,
/// or on track net of holds), and one review's steps; no names, which stay in the restricted record.
/// </summary>
[Collection(SharedWebPlatform.Name)]
public class ReviewManagerJourneyTests(WebPlatform platform)
{
    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_review_manager_sees_each_reviews_timescale_and_a_reviews_steps_without_names()
    {
        using var manager = await platform.AsStaffAsync(Agencies.Opcc, Roles.ReviewManager);
        var (_, awaiting) = await NotifyAsync(manager);
        var (commissionedId, commissioned) = await NotifyAsync(manager);
        await PostAsync(manager, $"/api/reviews/{commissionedId}/decision", new { outcome = "commission", reasons = "The criteria are met: a death by a former partner.", decidedOn = Today });
        await PostAsync(manager, $"/api/reviews/{commissionedId}/commissioning", new
        {
            chair = new { name = "Chris Chair", tenderReference = "TENDER-2026-07", appointedOn = Today },
            panel = new[] { new { agency = Agencies.Constabulary, userId = "dev:review.panel" } },
            termsOfReference = "Review the contact agencies had with the victim in the three years before the death.",
        });
        await PostAsync(manager, $"/api/reviews/{commissionedId}/holds", new { process = "criminal-trial", reason = "Awaiting the criminal trial.", from = Today });

        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Screenshots.OnFailureAsync(page, "review-manager", async () =>
        {
            await SignInTests.SignInAsync(page, platform.Address, "review.manager");
            await page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Domestic homicide reviews" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Domestic homicide reviews");
            await Assertions.Expect(page.Locator("#reviews tr", new() { HasText = awaiting })).ToContainTextAsync("Awaiting decision");
            await Assertions.Expect(page.Locator("#reviews tr", new() { HasText = commissioned })).ToContainTextAsync("On track");
            await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Vic Victim");
            await Accessibility.AssertNoViolationsAsync(page);
            await Screenshots.TakeAsync(page, "reviews-1-list");

            await page.GetByRole(AriaRole.Link, new() { Name = commissioned, Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(commissioned);
            await Assertions.Expect(page.Locator("#review-timescale")).ToContainTextAsync("On track");
            await Assertions.Expect(page.Locator("#review-timescale")).ToContainTextAsync("On hold now.");
            await Assertions.Expect(page.Locator("#holds")).ToContainTextAsync("Criminal trial");
            await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Vic Victim");
            await Accessibility.AssertNoViolationsAsync(page);
            await Screenshots.TakeAsync(page, "reviews-2-review");
        });
    }

    private static async Task<(Guid Id, string Reference)> NotifyAsync(HttpClient manager)
    {
        var notified = await manager.PostAsJsonAsync("/api/reviews/notifications", new
        {
            diedOn = Today,
            district = Districts.Norwich,
            victimAge = 41,
            relationship = "former-intimate-partner",
            suicide = false,
            abuseConcerns = true,
            criminalInvestigationOpen = true,
            victimName = "Vic Victim",
        });
        Assert.True(notified.IsSuccessStatusCode, await notified.Content.ReadAsStringAsync());
        var receipt = await notified.Content.ReadFromJsonAsync<JsonElement>();
        return (receipt.GetProperty("id").GetGuid(), receipt.GetProperty("reference").GetString()!);
    }

    private static async Task PostAsync(HttpClient manager, string path, object body)
    {
        var response = await manager.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {await response.Content.ReadAsStringAsync()}");
    }
}
