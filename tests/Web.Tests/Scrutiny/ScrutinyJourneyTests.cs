using Microsoft.Playwright;
using Web.Tests.Infrastructure;
using Web.Tests.Staff;

namespace Web.Tests.Scrutiny;

/// <summary>Journey 5: a scrutiny member reads the quarterly report, asks for another quarter, and downloads the readings.</summary>
[Collection(SharedWebPlatform.Name)]
public class ScrutinyJourneyTests(WebPlatform platform)
{
    [Fact]
    public async Task A_scrutiny_member_reads_the_quarterly_report_is_told_why_a_quarter_cannot_be_shown_and_downloads_the_csv()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Screenshots.OnFailureAsync(page, "scrutiny", async () =>
        {
            await SignInTests.SignInAsync(page, platform.Address, "scrutiny.member");
            await page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Quarterly report" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Quarterly report: ");
            await Assertions.Expect(page.Locator("#delivery")).ToContainTextAsync("Serious violence");
            await Assertions.Expect(page.Locator("h3").First).ToBeVisibleAsync();
            await Accessibility.AssertNoViolationsAsync(page);
            await Screenshots.TakeAsync(page, "scrutiny-1-report");

            // A quarter that has not started: the API's problem appears next to the field that asked for it.
            await page.GetByLabel("Quarter").FillAsync("2999-Q1");
            await page.GetByRole(AriaRole.Button, new() { Name = "Show the quarter" }).ClickAsync();
            await Assertions.Expect(page.Locator("#period-error")).ToContainTextAsync("has not started yet");
            await Assertions.Expect(page.Locator(".govuk-error-summary a[href='#period']")).ToBeVisibleAsync();
            await Accessibility.AssertNoViolationsAsync(page);
            await Screenshots.TakeAsync(page, "scrutiny-2-future-quarter");

            var download = await page.RunAndWaitForDownloadAsync(() =>
                page.GetByRole(AriaRole.Link, new() { Name = "Download the readings (CSV)" }).ClickAsync());
            Assert.Equal("readings.csv", download.SuggestedFilename);
            var csv = await File.ReadAllLinesAsync((await download.PathAsync())!);
            Assert.Equal("outcome,measure,unit,period,area,value,origin,withheld", csv[0]);

            // The plan's work (RAG updates) is not theirs: not offered, and refused if asked for.
            await Assertions.Expect(page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Partnership plan" })).ToHaveCountAsync(0);
            var refused = await page.GotoAsync(new Uri(platform.Address, "plans").ToString());
            Assert.Equal(403, refused!.Status);
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You do not have access to this page");
        });
    }
}
