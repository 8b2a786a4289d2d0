using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Platform.Contracts;
using Web.Tests.Infrastructure;
using Web.Tests.Staff;

namespace Web.Tests.Plans;

/// <summary>
/// Journey 3: the partnership plan's priorities and work plans, and a delivery lead updating their agency's action
/// with a note; an update over someone else's newer change is refused and explained, and goes through when sent again.
/// </summary>
[Collection(SharedWebPlatform.Name)]
public class DeliveryLeadJourneyTests(WebPlatform platform)
{
    [Fact]
    public async Task A_delivery_lead_updates_their_agencys_action_and_is_told_when_someone_else_changed_it_first()
    {
        var description = $"Weekly youth outreach in the city centre ({Guid.NewGuid():N})";
        var actionId = await AddCountyCouncilActionAsync(description);
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Screenshots.OnFailureAsync(page, "delivery-lead", async () =>
        {
            await SignInTests.SignInAsync(page, platform.Address, "delivery.lead");
            await page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Partnership plan" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Partnership plan");
            await Assertions.Expect(page.Locator("#priorities")).ToContainTextAsync("Serious violence");
            await Accessibility.AssertNoViolationsAsync(page);
            await Screenshots.TakeAsync(page, "plans-1-priorities");

            await page.GetByRole(AriaRole.Link, new() { Name = "Your agency's actions" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your agency's actions");
            await Accessibility.AssertNoViolationsAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = description }).ClickAsync();
            await Assertions.Expect(page.Locator("#action-status")).ToHaveTextAsync("Not started");
            await Accessibility.AssertNoViolationsAsync(page);

            await page.GetByLabel("At risk").CheckAsync();
            await page.GetByLabel("Note").FillAsync("Two youth workers are off sick; sessions are fortnightly until March.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Update status" }).ClickAsync();
            await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Status updated");
            await Assertions.Expect(page.Locator("#action-status")).ToHaveTextAsync("At risk");
            await Assertions.Expect(page.Locator("#history")).ToContainTextAsync("Two youth workers are off sick");
            await Accessibility.AssertNoViolationsAsync(page);
            await Screenshots.TakeAsync(page, "plans-2-updated");

            // While the page is open, a partnership officer sets the action off track.
            using (var officer = await platform.AsStaffAsync(Agencies.Opcc, Roles.PartnershipOfficer))
            {
                var changed = await officer.PostAsJsonAsync($"/api/plans/actions/{actionId}/status", new { status = "off-track", note = "No sessions at all in January." });
                Assert.True(changed.IsSuccessStatusCode, await changed.Content.ReadAsStringAsync());
            }

            await page.GetByLabel("On track").CheckAsync();
            await page.GetByLabel("Note").FillAsync("Sessions are weekly again.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Update status" }).ClickAsync();
            await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Someone else updated this action after you opened it");
            await Assertions.Expect(page.Locator("#status-error")).ToContainTextAsync("Someone else updated this action");
            await Assertions.Expect(page.Locator("#action-status")).ToHaveTextAsync("Off track");
            await Assertions.Expect(page.GetByLabel("Note")).ToHaveValueAsync("Sessions are weekly again.");
            await Accessibility.AssertNoViolationsAsync(page);
            await Screenshots.TakeAsync(page, "plans-3-conflict");

            await page.GetByLabel("On track").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Update status" }).ClickAsync();
            await Assertions.Expect(page.Locator("#action-status")).ToHaveTextAsync("On track");
        });
    }

    [Fact]
    public async Task A_delivery_lead_sees_no_update_form_on_another_agencys_action_and_an_empty_note_is_refused_next_to_its_field()
    {
        var theirs = await AddActionAsync($"Street lighting survey ({Guid.NewGuid():N})", Agencies.Constabulary);
        var ours = await AddCountyCouncilActionAsync($"Parenting support sessions ({Guid.NewGuid():N})");
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Screenshots.OnFailureAsync(page, "delivery-lead-rules", async () =>
        {
            await SignInTests.SignInAsync(page, platform.Address, "delivery.lead");
            await page.GotoAsync(new Uri(platform.Address, $"plans/actions/{theirs}").ToString());
            await Assertions.Expect(page.Locator("#action-status")).ToHaveTextAsync("Not started");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Update status" })).ToHaveCountAsync(0);

            await page.GotoAsync(new Uri(platform.Address, $"plans/actions/{ours}").ToString());
            await page.GetByLabel("Complete").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Update status" }).ClickAsync();
            await Assertions.Expect(page.Locator("#note-error")).ToContainTextAsync("Enter a note");
            await Assertions.Expect(page.Locator(".govuk-error-summary a[href='#note']")).ToBeVisibleAsync();
            await Accessibility.AssertNoViolationsAsync(page);
        });
    }

    private Task<Guid> AddCountyCouncilActionAsync(string description) => AddActionAsync(description, Agencies.CountyCouncil);

    /// <summary>An action on the Serious Violence priority's work plan, added as a partnership officer would.</summary>
    private async Task<Guid> AddActionAsync(string description, string ownerAgency)
    {
        using var officer = await platform.AsStaffAsync(Agencies.Opcc, Roles.PartnershipOfficer);
        var priorities = await officer.GetFromJsonAsync<JsonElement>("/api/plans/priorities?limit=200");
        var priorityId = priorities.GetProperty("items").EnumerateArray()
            .First(priority => priority.GetProperty("code").GetString() == "serious-violence").GetProperty("id").GetGuid();
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6);
        var added = await officer.PostAsJsonAsync($"/api/plans/priorities/{priorityId}/actions", new
        {
            description,
            ownerAgency,
            dueOn = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            milestones = Array.Empty<object>(),
            successMeasure = "Attendance recorded every week.",
            enabler = "effective-interventions",
        });
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        return (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
