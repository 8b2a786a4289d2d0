using System.Globalization;
using Microsoft.Playwright;
using Web.Tests.Infrastructure;

namespace Web.Tests.CommunityTrigger;

/// <summary>The resident's application, page by page, as a person with a mouse fills it in; optionally scanning each page.</summary>
internal static class ResidentSteps
{
    public static async Task<string> ApplyAsync(IPage page, Uri site, string districtName, bool scan, string? screenshots = null)
    {
        async Task Check(string name)
        {
            if (scan)
            {
                await Accessibility.AssertNoViolationsAsync(page);
            }

            if (screenshots is not null)
            {
                await Screenshots.TakeAsync(page, $"{screenshots}-{name}");
            }
        }

        await page.GotoAsync(new Uri(site, "community-trigger").ToString());
        await Check("1-start");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();

        await Expect(page, "Where did the anti-social behaviour happen?");
        await Check("2-district");
        await page.GetByLabel(districtName, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Expect(page, "About you");
        await Check("3-about-you");
        await page.GetByLabel("Full name").FillAsync("Sam Resident");
        await page.GetByLabel("For myself").CheckAsync();
        await page.GetByLabel("Email address").FillAsync("sam@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Expect(page, "Describe the problem");
        await Check("4-problem");
        await page.GetByLabel("Describe the problem").FillAsync("Repeated intimidation and noise from a neighbouring property.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Expect(page, "Tell us about an incident");
        await Check("5-incident");
        var happened = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-20);
        await FillDateAsync(page, "occurred-on", happened);
        await page.GetByLabel("What happened?").FillAsync("Shouting and threats on the shared stairway late at night.");
        await page.GetByLabel("The police").CheckAsync();
        await FillDateAsync(page, "reported-on", happened.AddDays(1));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save incident" }).ClickAsync();

        await Expect(page, "You have added 1 incident");
        await Check("6-incidents");
        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Expect(page, "Check your answers before sending your application");
        await Check("7-check-answers");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept and send" }).ClickAsync();

        await Expect(page, "Application sent");
        await Check("8-sent");
        return (await page.Locator("#reference").InnerTextAsync()).Trim();
    }

    /// <summary>Checks an application by its reference; returns the status shown.</summary>
    public static async Task<string> CheckStatusAsync(IPage page, Uri site, string reference)
    {
        await page.GotoAsync(new Uri(site, "community-trigger/status").ToString());
        await page.GetByLabel("Check your application").FillAsync(reference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check application" }).ClickAsync();
        await Expect(page, "Your application");
        return (await page.Locator("#application-status").InnerTextAsync()).Trim();
    }

    public static async Task Expect(IPage page, string heading) =>
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(heading);

    private static async Task FillDateAsync(IPage page, string id, DateOnly date)
    {
        await page.Locator($"#{id}").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }
}
