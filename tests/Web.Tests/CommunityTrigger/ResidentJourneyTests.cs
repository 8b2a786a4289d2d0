using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Platform.Contracts;
using Web.Tests.Infrastructure;

namespace Web.Tests.CommunityTrigger;

/// <summary>
/// Journey 1: a resident applies for an anti-social behaviour case review with no account, keeps the reference, later
/// checks the status and appeals the outcome with it; in a browser, through the gateway, against the real services.
/// </summary>
[Collection(SharedWebPlatform.Name)]
public class ResidentJourneyTests(WebPlatform platform)
{
    [Fact]
    public async Task A_resident_applies_then_checks_and_appeals_the_outcome_with_only_the_reference()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Screenshots.OnFailureAsync(page, "resident", async () =>
        {
            var reference = await ResidentSteps.ApplyAsync(page, platform.Address, "Broadland", scan: true, screenshots: "resident");
            Assert.True(reference.Length >= 16, $"'{reference}' is too short to be a secret");

            Assert.Equal("Received", await ResidentSteps.CheckStatusAsync(page, platform.Address, reference));
            await Accessibility.AssertNoViolationsAsync(page);

            await DecideAndSendOutcomeAsync(Agencies.BroadlandCouncil, Districts.Broadland);

            Assert.Equal("Outcome sent", await ResidentSteps.CheckStatusAsync(page, platform.Address, reference));
            await Assertions.Expect(page.Locator("table")).ToContainTextAsync("Norfolk Constabulary");
            await Accessibility.AssertNoViolationsAsync(page);
            await Screenshots.TakeAsync(page, "resident-9-status");

            await page.GetByRole(AriaRole.Button, new() { Name = "Send appeal" }).ClickAsync();
            await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter why you want to appeal");
            await Accessibility.AssertNoViolationsAsync(page);

            await page.GetByLabel("Why do you want to appeal?").FillAsync("The incidents were reported to the council as well.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send appeal" }).ClickAsync();
            await ResidentSteps.Expect(page, "Appeal sent");
            await Accessibility.AssertNoViolationsAsync(page);

            Assert.Equal("Appeal received", await ResidentSteps.CheckStatusAsync(page, platform.Address, reference));
        });
    }

    [Fact]
    public async Task A_wrong_reference_and_a_missing_answer_are_shown_as_errors_linked_to_their_fields()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Screenshots.OnFailureAsync(page, "resident-errors", async () =>
        {
            await page.GotoAsync(new Uri(platform.Address, "community-trigger/apply/district").ToString());
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

            Assert.StartsWith("Error: ", await page.TitleAsync(), StringComparison.Ordinal);
            var summaryLink = page.Locator(".govuk-error-summary a");
            await Assertions.Expect(summaryLink).ToHaveTextAsync("Select the district where the anti-social behaviour happened");
            await Assertions.Expect(page.Locator("#district-error")).ToContainTextAsync("Select the district");
            await Accessibility.AssertNoViolationsAsync(page);
            await summaryLink.ClickAsync();
            await Assertions.Expect(page.Locator("#district")).ToBeFocusedAsync();
            await Screenshots.TakeAsync(page, "resident-error-summary");

            await page.GotoAsync(new Uri(platform.Address, "community-trigger/status").ToString());
            await page.GetByLabel("Check your application").FillAsync("not-a-real-reference-0000000000000000");
            await page.GetByRole(AriaRole.Button, new() { Name = "Check application" }).ClickAsync();
            await Assertions.Expect(page.Locator("#reference-error")).ToContainTextAsync("No application has this reference");
            await Accessibility.AssertNoViolationsAsync(page);
        });
    }

    [Fact]
    public async Task Without_JavaScript_a_resident_applies_and_checks_the_status()
    {
        await using var context = await Browser.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await Screenshots.OnFailureAsync(page, "resident-no-js", async () =>
        {
            var reference = await ResidentSteps.ApplyAsync(page, platform.Address, "South Norfolk", scan: false);

            Assert.Equal("Received", await ResidentSteps.CheckStatusAsync(page, platform.Address, reference));
        });
    }

    [Fact]
    public async Task A_resident_can_apply_with_the_keyboard_alone()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Screenshots.OnFailureAsync(page, "resident-keyboard", async () =>
        {
            var keyboard = new KeyboardOnly(page);
            await page.GotoAsync(new Uri(platform.Address, "community-trigger").ToString());
            await keyboard.TabToAsync("a.govuk-button--start");
            await keyboard.PressAsync("Enter");

            await ResidentSteps.Expect(page, "Where did the anti-social behaviour happen?");
            await keyboard.TabToAsync("#district");
            await keyboard.PressAsync("Space");
            await keyboard.SubmitAsync("Continue");

            await ResidentSteps.Expect(page, "About you");
            await keyboard.TabToAsync("#name");
            await keyboard.TypeAsync("Kim Keyboard");
            await keyboard.TabToAsync("#capacity");
            await keyboard.PressAsync("Space");
            await keyboard.TabToAsync("#phone");
            await keyboard.TypeAsync("01603 000000");
            await keyboard.SubmitAsync("Continue");

            await ResidentSteps.Expect(page, "Describe the problem");
            await keyboard.TabToAsync("#problem-summary");
            await keyboard.TypeAsync("Groups gathering and damaging cars every weekend.");
            await keyboard.SubmitAsync("Continue");

            await ResidentSteps.Expect(page, "Tell us about an incident");
            var happened = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-5);
            await keyboard.TabToAsync("#occurred-on");
            await keyboard.TypeAsync($"{happened.Day}");
            await keyboard.PressAsync("Tab");
            await keyboard.TypeAsync($"{happened.Month}");
            await keyboard.PressAsync("Tab");
            await keyboard.TypeAsync($"{happened.Year}");
            await keyboard.TabToAsync("#description");
            await keyboard.TypeAsync("Two cars scratched in the car park.");
            await keyboard.TabToAsync("#reported-to");
            await keyboard.PressAsync("Space");
            await keyboard.TabToAsync("#reported-on");
            await keyboard.TypeAsync($"{happened.Day}");
            await keyboard.PressAsync("Tab");
            await keyboard.TypeAsync($"{happened.Month}");
            await keyboard.PressAsync("Tab");
            await keyboard.TypeAsync($"{happened.Year}");
            await keyboard.SubmitAsync("Save incident");

            await ResidentSteps.Expect(page, "You have added 1 incident");
            await keyboard.TabToAsync("#add-another");
            await keyboard.PressAsync("ArrowRight"); // within a radio group the arrow keys choose: "No"
            await keyboard.SubmitAsync("Continue");

            await ResidentSteps.Expect(page, "Check your answers");
            await keyboard.SubmitAsync("Accept and send");
            await ResidentSteps.Expect(page, "Application sent");
        });
    }

    /// <summary>What the district's single point of contact does meanwhile (their own journey is tested on its own).</summary>
    private async Task DecideAndSendOutcomeAsync(string council, string district)
    {
        using var spoc = await platform.AsStaffAsync(council, Roles.TriggerSpoc, district);
        var pending = await spoc.GetFromJsonAsync<JsonElement>("/api/community-trigger/cases/pending-decisions");
        var caseId = pending.EnumerateArray().Single().GetProperty("case").GetProperty("id").GetGuid();
        (await spoc.PostAsJsonAsync($"/api/community-trigger/cases/{caseId}/threshold-decision", new { })).EnsureSuccessStatusCode();
        (await spoc.PostAsJsonAsync($"/api/community-trigger/cases/{caseId}/outcome",
            new { letter = "The threshold for a case review was not met: one incident was reported in the period." })).EnsureSuccessStatusCode();
    }
}
