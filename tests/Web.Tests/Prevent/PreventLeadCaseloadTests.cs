using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Platform.Contracts;
using Web.Tests.Infrastructure;
using Web.Tests.Staff;

namespace Web.Tests.Prevent;

/// <summary>
/// Journey 6 (Prevent lead): the council's caseload without names, a case's Channel lifecycle as steps with the
/// person named, and the Channel panel's decision recorded with its meeting, the API's problems shown at the fields.
/// </summary>
[Collection(SharedWebPlatform.Name)]
public class PreventLeadCaseloadTests(WebPlatform platform)
{
    [Fact]
    public async Task A_prevent_lead_finds_a_case_in_the_caseload_and_records_the_panels_decision_on_its_channel_steps()
    {
        var concerns = $"Posts in extremist channels and asks classmates to join ({Guid.NewGuid():N}).";
        await ReferredToChannelAsync(concerns);
        // The panel sits on the day the police referred the case to Channel: no earlier panel can have decided it.
        var heldOn = Platform.ServiceDefaults.Time.UkDate.Of(DateTimeOffset.UtcNow);
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Screenshots.OnFailureAsync(page, "prevent-caseload", async () =>
        {
            await SignInTests.SignInAsync(page, platform.Address, "breckland.prevent");
            await page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Prevent caseload" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Prevent caseload");
            await Assertions.Expect(page.Locator("#caseload")).ToContainTextAsync("Awaiting panel");
            await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Sam Breck");
            await Accessibility.AssertNoViolationsAsync(page);
            await Screenshots.TakeAsync(page, "prevent-caseload-1-list");

            await page.Locator("#caseload tr", new() { HasText = "Awaiting panel" }).First.GetByRole(AriaRole.Link).ClickAsync();
            await Assertions.Expect(page.Locator("#concerns")).ToHaveTextAsync(concerns);
            await Assertions.Expect(page.Locator("#person")).ToContainTextAsync("Sam Breck");
            await Assertions.Expect(page.Locator("#step-triage")).ToContainTextAsync("Completed");
            await Assertions.Expect(page.Locator("#step-panel-decision")).ToContainTextAsync("To do");
            await Assertions.Expect(page.Locator("#step-consent")).ToContainTextAsync("Cannot start yet");
            await Accessibility.AssertNoViolationsAsync(page);
            await Screenshots.TakeAsync(page, "prevent-caseload-2-case");

            // Nothing entered: each question says what it needs.
            var record = page.GetByRole(AriaRole.Button, new() { Name = "Record the panel's decision" });
            await record.ClickAsync();
            await Assertions.Expect(page.Locator("#held-on-error")).ToContainTextAsync("Enter the date of the panel meeting");
            await Assertions.Expect(page.Locator("#adopt-error")).ToContainTextAsync("Select whether the panel adopted the case");
            await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter who chaired the panel");

            // A reason too short for the API: its problem is shown at the reason, and what was typed is kept.
            await page.Locator("#held-on").FillAsync(heldOn.Day.ToString(CultureInfo.InvariantCulture));
            await page.Locator("#held-on-month").FillAsync(heldOn.Month.ToString(CultureInfo.InvariantCulture));
            await page.Locator("#held-on-year").FillAsync(heldOn.Year.ToString(CultureInfo.InvariantCulture));
            await page.GetByLabel("Chair").FillAsync("Head of Community Safety");
            await page.GetByLabel("Who attended").FillAsync("Breckland Council Prevent lead\nNorfolk Constabulary Prevent officer\nSchool safeguarding lead");
            await page.GetByLabel("Vulnerability assessment").FillAsync("Isolated, seeking belonging online; receptive to mentoring.");
            await page.GetByLabel("Yes, adopt for Channel support").CheckAsync();
            await page.GetByLabel("Reason for the decision").FillAsync("Ok");
            await record.ClickAsync();
            await Assertions.Expect(page.Locator("#reason-error")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#held-on-error")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("#chair")).ToHaveValueAsync("Head of Community Safety");
            await Accessibility.AssertNoViolationsAsync(page);
            await Screenshots.TakeAsync(page, "prevent-caseload-3-api-problem");

            await page.GetByLabel("Reason for the decision").FillAsync("Vulnerable and willing to engage; mentoring is proportionate.");
            await record.ClickAsync();
            await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Channel panel decision recorded");
            await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("Adopted");
            await Assertions.Expect(page.Locator("#step-panel-decision")).ToContainTextAsync("Adopted at the panel of");
            await Assertions.Expect(page.Locator("#step-consent")).ToContainTextAsync("To do");
            await Assertions.Expect(page.Locator("#panel-decision")).ToHaveCountAsync(0);
            await Accessibility.AssertNoViolationsAsync(page);

            var reloaded = await page.ReloadAsync();
            Assert.Contains("no-store", (await reloaded!.AllHeadersAsync())["cache-control"], StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_police_prevent_officer_is_not_offered_the_councils_caseload()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Screenshots.OnFailureAsync(page, "prevent-caseload-refused", async () =>
        {
            await SignInTests.SignInAsync(page, platform.Address, "police.prevent");
            await Assertions.Expect(page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Prevent caseload" })).ToHaveCountAsync(0);
            var refused = await page.GotoAsync(new Uri(platform.Address, "prevent/cases").ToString());
            Assert.Equal(403, refused!.Status);
        });
    }

    /// <summary>A school's referral in Breckland, triaged to Channel by the police, as the case reaches the council.</summary>
    private async Task ReferredToChannelAsync(string concerns)
    {
        var referral = await PreventSetup.ReferAsync(
            platform, Agencies.BrecklandCouncil, Districts.Breckland, new { name = "Sam Breck", dateOfBirth = "2009-09-09" }, concerns, "mixed-unclear-unstable");

        using var police = await platform.AsStaffAsync(Agencies.Constabulary, Roles.PolicePreventOfficer);
        var triaged = await police.PostAsJsonAsync($"/api/prevent/referrals/{referral}/triage", new { outcome = "channel", reason = "Vulnerable to radicalisation online." });
        Assert.True(triaged.IsSuccessStatusCode, await triaged.Content.ReadAsStringAsync());
    }
}
