using System.Net.Http.Json;
using Microsoft.Playwright;
using Platform.Contracts;
using Web.Tests.Infrastructure;
using Web.Tests.Staff;

namespace Web.Tests.Prevent;

/// <summary>
/// Journey 6: the police Prevent officer's triage queue (the concern without the person's name) and the triage
/// decision, with the signposted service asked for where needed; the Prevent lead's rejected partner messages.
/// </summary>
[Collection(SharedWebPlatform.Name)]
public class PreventJourneyTests(WebPlatform platform)
{
    [Fact]
    public async Task A_police_prevent_officer_triages_a_referral_from_the_queue_without_seeing_the_persons_name()
    {
        var concerns = $"Shares extreme right-wing material in class and online ({Guid.NewGuid():N}).";
        await PreventSetup.ReferAsync(
            platform, Agencies.NorwichCityCouncil, Districts.Norwich, new { name = "Alex Referred", dateOfBirth = "2010-05-01" }, concerns, "extreme-right-wing");
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Screenshots.OnFailureAsync(page, "prevent-triage", async () =>
        {
            await SignInTests.SignInAsync(page, platform.Address, "police.prevent");
            await page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Prevent triage" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Referrals awaiting triage");
            await Assertions.Expect(page.Locator("#triage-queue")).ToContainTextAsync("Online radicalisation");
            await Accessibility.AssertNoViolationsAsync(page);
            await Screenshots.TakeAsync(page, "prevent-1-queue");

            await page.Locator("#triage-queue tr", new() { HasText = "Norwich" }).Last.GetByRole(AriaRole.Link).ClickAsync();
            await Assertions.Expect(page.Locator("#concerns")).ToHaveTextAsync(concerns);
            await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Alex Referred");
            await Accessibility.AssertNoViolationsAsync(page);

            // Signposting without naming the service is refused next to the field that needs it.
            await page.GetByLabel("Signpost to another service").CheckAsync();
            await page.GetByLabel("Reason").FillAsync("Needs support, but not from Prevent.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Record the triage decision" }).ClickAsync();
            await Assertions.Expect(page.Locator("#signposted-to-error")).ToContainTextAsync("Enter the service");
            await Accessibility.AssertNoViolationsAsync(page);
            await Screenshots.TakeAsync(page, "prevent-2-signpost-missing");

            await page.GetByLabel("Refer to Channel").CheckAsync();
            await page.GetByLabel("Reason").FillAsync("Vulnerable to radicalisation online; Channel should consider it.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Record the triage decision" }).ClickAsync();
            await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Triage decision recorded");
            await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(concerns);
        });
    }

    [Fact]
    public async Task A_prevent_lead_is_offered_rejected_partner_messages_but_not_the_police_triage_queue()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Screenshots.OnFailureAsync(page, "prevent-rejected", async () =>
        {
            await SignInTests.SignInAsync(page, platform.Address, "norwich.prevent");
            await Assertions.Expect(page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Prevent triage" })).ToHaveCountAsync(0);
            await page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Rejected partner messages" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Rejected partner messages");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("No partner message has been rejected.");
            await Accessibility.AssertNoViolationsAsync(page);

            var refused = await page.GotoAsync(new Uri(platform.Address, "prevent/triage").ToString());
            Assert.Equal(403, refused!.Status);
        });
    }
}
