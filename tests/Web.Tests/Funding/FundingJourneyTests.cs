using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Platform.Contracts;
using Web.Tests.Infrastructure;
using Web.Tests.Staff;

namespace Web.Tests.Funding;

/// <summary>
/// The Funding journeys: an applicant (a partner organisation's member with no platform role) applies to an open
/// round, refusals shown at their fields; the grants officer sees the application in the round, assigns themself,
/// scores it and records a part award; the applicant accepts the offer, claims (above the award refused) and sends a
/// return; the grants officer approves and pays the claim and sees the fund's ledger committed and paid.
/// </summary>
[Collection(SharedWebPlatform.Name)]
public class FundingJourneyTests(WebPlatform platform)
{
    [Fact]
    public async Task An_applicant_applies_and_the_grants_officer_scores_part_awards_approves_and_pays_while_the_ledger_follows()
    {
        var title = $"Small grants {Guid.NewGuid():N}"[..24];
        var project = $"City centre ASB hotspots {Guid.NewGuid():N}"[..34];
        var (roundId, priorityTitle) = await OpenRoundAsync(title);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = today.AddDays(-60);

        await using var applicantContext = await Browser.NewContextAsync();
        var applicant = await applicantContext.NewPageAsync();
        await using var officerContext = await Browser.NewContextAsync();
        var officer = await officerContext.NewPageAsync();

        await Screenshots.OnFailureAsync(applicant, "funding-applicant", async () =>
        {
            await SignInTests.SignInAsync(applicant, platform.Address, "norwich.applicant");
            await Assertions.Expect(applicant.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Grants" })).ToHaveCountAsync(0);
            var forbidden = await applicant.GotoAsync(new Uri(platform.Address, "funding").ToString());
            Assert.Equal((int)HttpStatusCode.Forbidden, forbidden!.Status);
            await Assertions.Expect(applicant.Locator("h1")).ToHaveTextAsync("You do not have access to this page");

            await applicant.GotoAsync(platform.Address.ToString());
            await applicant.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Apply for funding" }).ClickAsync();
            await Assertions.Expect(applicant.Locator("h1")).ToHaveTextAsync("Apply for funding");
            await Accessibility.AssertNoViolationsAsync(applicant);
            await applicant.GetByRole(AriaRole.Link, new() { Name = $"Apply to {title}" }).ClickAsync();
            await Assertions.Expect(applicant.Locator("h1")).ToHaveTextAsync("Apply for funding");

            await applicant.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
            await Assertions.Expect(applicant.Locator("#organisation-name-error")).ToContainTextAsync("Enter your organisation's name");
            await Assertions.Expect(applicant.Locator("#objective-measure-error")).ToContainTextAsync("without a measure its impact cannot be assessed");
            await Assertions.Expect(applicant.Locator(".govuk-error-summary a[href='#period-start']")).ToBeVisibleAsync();
            await Accessibility.AssertNoViolationsAsync(applicant);
            await Screenshots.TakeAsync(applicant, "funding-1-apply-errors");

            await applicant.GetByLabel("District council").CheckAsync();
            await applicant.GetByLabel("Organisation name").FillAsync("Norwich City Council");
            await applicant.GetByLabel("Project title").FillAsync(project);
            await applicant.GetByLabel("Summary").FillAsync("Patrols and diversionary activities in the three hotspots.");
            await applicant.GetByLabel("Amount requested").FillAsync("60,000");
            await FillDateAsync(applicant, "period-start", start);
            await FillDateAsync(applicant, "period-end", today.AddDays(300));
            await applicant.GetByLabel("Norwich").CheckAsync();
            await applicant.GetByLabel("Plan priority the project serves").SelectOptionAsync(new SelectOptionValue { Label = priorityTitle });
            await applicant.GetByLabel("Evidence of need").FillAsync("ASB reports in the hotspots rose by a fifth last year.");
            await applicant.GetByLabel("Objective", new() { Exact = true }).FillAsync("Reduce ASB reports in the hotspots by 15% by March");
            await applicant.GetByLabel("How the objective will be measured").FillAsync("ASB reports");
            await applicant.GetByLabel("Target (optional)").FillAsync("15");
            await applicant.GetByLabel("Expected impact").FillAsync("Fewer ASB reports and residents feeling safer.");
            await applicant.GetByLabel("Added value").FillAsync("The council adds match funding and its wardens' time.");
            await applicant.GetByLabel("Full name").FillAsync("Pat Walker");
            await applicant.GetByLabel("Email address").FillAsync("pat.walker@example.org");
            await applicant.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
            await Assertions.Expect(applicant.Locator("#amount-requested-error")).ToContainTextAsync("This round awards between £1,000.00 and £50,000.00");
            await Assertions.Expect(applicant.GetByLabel("Project title")).ToHaveValueAsync(project);
            await Accessibility.AssertNoViolationsAsync(applicant);

            await applicant.GetByLabel("Amount requested").FillAsync("20000");
            await applicant.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
            await Assertions.Expect(applicant.Locator(".govuk-panel")).ToContainTextAsync("Application submitted");
            await Assertions.Expect(applicant.Locator("#application-status")).ToHaveTextAsync("Submitted");
            await Accessibility.AssertNoViolationsAsync(applicant);
            await Screenshots.TakeAsync(applicant, "funding-2-submitted");
        });

        await Screenshots.OnFailureAsync(officer, "funding-officer", async () =>
        {
            await SignInTests.SignInAsync(officer, platform.Address, "grants.officer");
            await officer.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Grants" }).ClickAsync();
            await Assertions.Expect(officer.Locator("h1")).ToHaveTextAsync("Grants");
            await Accessibility.AssertNoViolationsAsync(officer);
            await officer.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
            var row = officer.Locator("#applications tr", new() { HasText = project });
            await Assertions.Expect(row).ToContainTextAsync("No assessor assigned");
            await Assertions.Expect(row).ToContainTextAsync("Submitted");
            await Accessibility.AssertNoViolationsAsync(officer);
            await Screenshots.TakeAsync(officer, "funding-3-round");

            await row.GetByRole(AriaRole.Link, new() { Name = project }).ClickAsync();
            await Assertions.Expect(officer.Locator("#application-summary")).ToContainTextAsync("pat.walker@example.org");
            await officer.GetByRole(AriaRole.Button, new() { Name = "Assign yourself" }).ClickAsync();
            await Assertions.Expect(officer.Locator(".govuk-notification-banner")).ToContainTextAsync("Assessor assigned");
            await officer.GetByLabel("Evidence of need (weight 2)").FillAsync("9");
            await officer.GetByLabel("Deliverability (weight 1)").FillAsync("3");
            await officer.GetByRole(AriaRole.Button, new() { Name = "Save scores" }).ClickAsync();
            await Assertions.Expect(officer.Locator("#score-need-error")).ToContainTextAsync("from 0 to 5");
            await officer.GetByLabel("Evidence of need (weight 2)").FillAsync("4");
            await officer.GetByRole(AriaRole.Button, new() { Name = "Save scores" }).ClickAsync();
            await Assertions.Expect(officer.Locator(".govuk-notification-banner")).ToContainTextAsync("Scores saved");
            await Assertions.Expect(officer.Locator("#assessments")).ToContainTextAsync("Evidence of need: 4");

            await officer.GetByLabel("Part award", new() { Exact = true }).CheckAsync();
            await officer.GetByLabel("Reasons").FillAsync("Strong need; the panel funds the patrols but not the events.");
            await officer.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
            await Assertions.Expect(officer.Locator("#amount-error")).ToContainTextAsync("Enter the amount of the part award");
            await Accessibility.AssertNoViolationsAsync(officer);
            await officer.GetByLabel("Amount of a part award").FillAsync("15,000");
            await officer.GetByLabel("Conditions (optional)").FillAsync("Quarterly monitoring returns.");
            await officer.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
            await Assertions.Expect(officer.Locator(".govuk-notification-banner")).ToContainTextAsync("Decision recorded");
            await Assertions.Expect(officer.Locator("#application-status")).ToHaveTextAsync("Part awarded");
            await Assertions.Expect(officer.Locator("#decision")).ToContainTextAsync("Part award: £15,000");
            await Accessibility.AssertNoViolationsAsync(officer);
            await Screenshots.TakeAsync(officer, "funding-4-decided");
        });

        await Screenshots.OnFailureAsync(applicant, "funding-grantee", async () =>
        {
            await applicant.GotoAsync(new Uri(platform.Address, "grants").ToString());
            await Assertions.Expect(applicant.Locator("#my-applications tr", new() { HasText = project })).ToContainTextAsync("Part awarded");
            await applicant.Locator("#my-grants").GetByRole(AriaRole.Link, new() { Name = project }).ClickAsync();
            await Assertions.Expect(applicant.Locator("#grant-status")).ToHaveTextAsync("Offered");
            await Assertions.Expect(applicant.Locator("#grant-amount")).ToContainTextAsync("£15,000 (part award of the £20,000 requested)");
            await Accessibility.AssertNoViolationsAsync(applicant);
            await applicant.GetByRole(AriaRole.Button, new() { Name = "Accept the grant" }).ClickAsync();
            await Assertions.Expect(applicant.Locator(".govuk-notification-banner")).ToContainTextAsync("Grant accepted");
            await Assertions.Expect(applicant.Locator("#grant-status")).ToHaveTextAsync("Accepted");

            await FillDateAsync(applicant, "claim-from", start);
            await FillDateAsync(applicant, "claim-to", today.AddDays(-1));
            await applicant.GetByLabel("Amount claimed").FillAsync("99000");
            await applicant.GetByRole(AriaRole.Button, new() { Name = "Submit claim" }).ClickAsync();
            await Assertions.Expect(applicant.Locator("#claim-amount-error")).ToContainTextAsync("Only £15,000.00 of the £15,000.00 award is left to claim");
            await Accessibility.AssertNoViolationsAsync(applicant);
            await applicant.GetByLabel("Amount claimed").FillAsync("4000");
            await applicant.GetByRole(AriaRole.Button, new() { Name = "Submit claim" }).ClickAsync();
            await Assertions.Expect(applicant.Locator(".govuk-notification-banner")).ToContainTextAsync("Claim submitted");
            await Assertions.Expect(applicant.Locator("#claims-table")).ToContainTextAsync("£4,000");

            await applicant.GetByLabel("ASB reports this quarter").FillAsync("6");
            await applicant.GetByLabel("Spend to date").FillAsync("4000");
            await applicant.GetByLabel("Commentary (optional)").FillAsync("On track.");
            await applicant.GetByRole(AriaRole.Button, new() { Name = "Submit return" }).ClickAsync();
            await Assertions.Expect(applicant.Locator(".govuk-notification-banner")).ToContainTextAsync("Monitoring return submitted");
            await Assertions.Expect(applicant.Locator("#returns")).ToContainTextAsync("ASB reports: 6");
            await Accessibility.AssertNoViolationsAsync(applicant);
            await Screenshots.TakeAsync(applicant, "funding-5-grantee");
        });

        await Screenshots.OnFailureAsync(officer, "funding-payment", async () =>
        {
            await officer.ReloadAsync();
            await officer.GetByRole(AriaRole.Link, new() { Name = "See the grant, its claims and returns" }).ClickAsync();
            await officer.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
            await Assertions.Expect(officer.Locator(".govuk-notification-banner")).ToContainTextAsync("Claim approved for payment");
            await officer.GetByRole(AriaRole.Button, new() { Name = "Record payment" }).ClickAsync();
            await Assertions.Expect(officer.Locator(".govuk-notification-banner")).ToContainTextAsync("Payment recorded");
            await Assertions.Expect(officer.Locator("#grant-money")).ToContainTextAsync("£4,000 claimed, £4,000 paid");
            await Assertions.Expect(officer.Locator("#returns")).ToContainTextAsync("ASB reports: 6");
            await Accessibility.AssertNoViolationsAsync(officer);

            await officer.GetByRole(AriaRole.Link, new() { Name = "See the fund's ledger" }).ClickAsync();
            var line = officer.Locator("#ledger-priorities tr", new() { HasText = priorityTitle });
            await Assertions.Expect(line).ToContainTextAsync("£15,000");
            await Assertions.Expect(line).ToContainTextAsync("£4,000");
            await Accessibility.AssertNoViolationsAsync(officer);
            await Screenshots.TakeAsync(officer, "funding-6-ledger");
        });
    }

    private static async Task FillDateAsync(IPage page, string id, DateOnly date)
    {
        await page.Locator($"#{id}").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// A round of the current Community Safety Fund open since yesterday for Norwich's district council, funding a
    /// priority of the plan as Funding knows it (from the PriorityAdopted events of Plans' seeding), as a grants officer opens one.
    /// </summary>
    private async Task<(Guid RoundId, string PriorityTitle)> OpenRoundAsync(string title)
    {
        using var officer = await platform.AsStaffAsync(Agencies.Opcc, Roles.GrantsOfficer);
        JsonElement priority = default;
        Assert.True(await Eventually.TrueAsync(async () =>
        {
            var priorities = await officer.GetFromJsonAsync<JsonElement>("/api/funding/priorities");
            if (priorities.GetArrayLength() == 0)
            {
                return false;
            }

            priority = priorities[0];
            return true;
        }, TimeSpan.FromSeconds(60)), "Funding never learned of the plan's adopted priorities");
        var funds = await officer.GetFromJsonAsync<JsonElement>("/api/funding/funds");
        var fundId = funds.EnumerateArray().First(fund => fund.GetProperty("code").GetString() == "community-safety-fund-2025-28").GetProperty("id").GetGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var opened = await officer.PostAsJsonAsync("/api/funding/rounds", new
        {
            fundId,
            title,
            opensOn = today.AddDays(-1),
            closesOn = today.AddDays(30),
            applicantTypes = new[] { "district-council" },
            districts = new[] { Districts.Norwich },
            minimumAward = 1000,
            maximumAward = 50000,
            priorityIds = new[] { priority.GetProperty("id").GetGuid() },
            questions = Array.Empty<string>(),
            criteria = new[] { new { key = "need", title = "Evidence of need", weight = 2 }, new { key = "delivery", title = "Deliverability", weight = 1 } },
        });
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
        return ((await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), priority.GetProperty("title").GetString()!);
    }
}
