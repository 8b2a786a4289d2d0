using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Platform.Contracts;
using Web.Tests.Infrastructure;

namespace Web.Tests.Staff;

/// <summary>
/// Journey 2: the Norwich SPOC sees pending decisions with their deadline status, opens a case, records the threshold
/// decision (with the reason for every complaint), the review meeting and a recommendation, and sends the outcome.
/// </summary>
[Collection(SharedWebPlatform.Name)]
public class TriggerSpocJourneyTests(WebPlatform platform)
{
    [Fact]
    public async Task A_spoc_decides_the_threshold_records_the_review_and_sends_the_outcome()
    {
        await ApplyAsResidentAsync();
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Screenshots.OnFailureAsync(page, "spoc", async () =>
        {
            await SignInTests.SignInAsync(page, platform.Address, "norwich.spoc");
            await page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "ASB case reviews" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Applications awaiting a threshold decision");
            await Assertions.Expect(page.Locator("table")).ToContainTextAsync("On track");
            await Accessibility.AssertNoViolationsAsync(page);
            await Screenshots.TakeAsync(page, "spoc-1-pending");

            await page.GetByRole(AriaRole.Link, new() { Name = "Application received" }).First.ClickAsync();
            await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("Received");
            await Accessibility.AssertNoViolationsAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "Record the threshold decision" }).ClickAsync();

            await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Threshold decision recorded");
            await Assertions.Expect(page.Locator("#complaints tbody tr")).ToHaveCountAsync(3);
            await Accessibility.AssertNoViolationsAsync(page);
            await Screenshots.TakeAsync(page, "spoc-2-threshold");

            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            await page.Locator("#held-on").FillAsync(today.Day.ToString(CultureInfo.InvariantCulture));
            await page.Locator("#held-on-month").FillAsync(today.Month.ToString(CultureInfo.InvariantCulture));
            await page.Locator("#held-on-year").FillAsync(today.Year.ToString(CultureInfo.InvariantCulture));
            await page.GetByLabel("Norfolk Constabulary").CheckAsync();
            await page.GetByLabel("Norwich City Council").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Record the review meeting" }).ClickAsync();
            await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Review meeting recorded");

            await page.GetByLabel("Recommendation", new() { Exact = true }).FillAsync("Joint patrols of the stairway for three months.");
            await page.GetByLabel("Agency that owns it").SelectOptionAsync(Agencies.Constabulary);
            var due = today.AddMonths(3);
            await page.Locator("#due-on").FillAsync(due.Day.ToString(CultureInfo.InvariantCulture));
            await page.Locator("#due-on-month").FillAsync(due.Month.ToString(CultureInfo.InvariantCulture));
            await page.Locator("#due-on-year").FillAsync(due.Year.ToString(CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Add recommendation" }).ClickAsync();
            await Assertions.Expect(page.Locator("#recommendations")).ToContainTextAsync("Joint patrols");
            await Accessibility.AssertNoViolationsAsync(page);
            await Screenshots.TakeAsync(page, "spoc-3-recommendation");

            await page.GetByLabel("Letter to the applicant").FillAsync("The case review was held; the police will patrol the stairway.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send the outcome" }).ClickAsync();
            await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("Outcome sent");
        });
    }

    /// <summary>Three incidents in the last two months, each reported to the police the next day: the threshold is met.</summary>
    private async Task ApplyAsResidentAsync()
    {
        using var resident = new HttpClient { BaseAddress = platform.Address };
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var response = await resident.PostAsJsonAsync("/api/community-trigger/applications", new
        {
            district = Districts.Norwich,
            applicant = new { name = "Sam Resident", capacity = "victim", email = "sam.resident@example.org" },
            problemSummary = "Repeated intimidation and noise from a neighbouring property.",
            incidents = new[] { 50, 30, 10 }.Select(daysAgo => new
            {
                occurredOn = today.AddDays(-daysAgo),
                description = "Shouting and threats on the shared stairway late at night.",
                reports = new[] { new { agency = Agencies.Constabulary, reportedOn = today.AddDays(1 - daysAgo) } },
            }),
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
