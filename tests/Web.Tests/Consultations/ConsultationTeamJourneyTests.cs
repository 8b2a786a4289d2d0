using System.Net.Http.Json;
using Microsoft.Playwright;
using Web.Tests.CommunityTrigger;
using Web.Tests.Infrastructure;
using Web.Tests.Staff;

namespace Web.Tests.Consultations;

/// <summary>
/// The consultation officer designs a consultation with a follow-up question, opens it, closes it once residents have
/// responded, and publishes the results; an analyst sets the themes, codes the comments and reviews a quote, and the
/// officer checks a coding as the second coder; residents then read "you said, we did". Every page is scanned with axe.
/// </summary>
[Collection(SharedWebPlatform.Name)]
public class ConsultationTeamJourneyTests(WebPlatform platform)
{
    [Fact]
    public async Task The_officer_designs_opens_closes_and_publishes_and_the_analyst_codes_comments_into_themes()
    {
        var title = $"Night-time safety survey {Guid.NewGuid():N}"[..37];
        await using var officerContext = await Browser.NewContextAsync();
        var officer = await officerContext.NewPageAsync();
        var id = Guid.Empty;
        await Screenshots.OnFailureAsync(officer, "consultation-officer", async () =>
        {
            await SignInTests.SignInAsync(officer, platform.Address, "consultation.officer");
            await officer.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Consultations" }).ClickAsync();
            await ResidentSteps.Expect(officer, "Consultations");
            await Accessibility.AssertNoViolationsAsync(officer);
            await officer.GetByRole(AriaRole.Button, new() { Name = "Design a consultation" }).ClickAsync();

            await ResidentSteps.Expect(officer, "Design a consultation");
            await officer.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await Assertions.Expect(officer.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a title");
            await Accessibility.AssertNoViolationsAsync(officer);
            await officer.GetByLabel("Title").FillAsync(title);
            await officer.GetByLabel("What it is for").FillAsync("How safe do people feel in town centres at night?");
            await officer.GetByLabel("Who it is for").FillAsync("Norfolk residents");
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            await officer.Locator("#opens-on").FillAsync(today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await officer.Locator("#opens-on-month").FillAsync(today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await officer.Locator("#opens-on-year").FillAsync(today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await officer.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

            await AddQuestionAsync(officer, "Choose one option", "Do you feel safe at night?", "Yes\nNo", required: true);
            await Accessibility.AssertNoViolationsAsync(officer);
            await officer.GetByRole(AriaRole.Link, new() { Name = "Add another question" }).ClickAsync();
            await AddQuestionAsync(officer, "Comment", "What would make you feel safer?", "", showWhen: "Do you feel safe at night?: No");
            await officer.GetByRole(AriaRole.Link, new() { Name = "Add another question" }).ClickAsync();
            await Accessibility.AssertNoViolationsAsync(officer);
            await AddQuestionAsync(officer, "Comment", "Anything else?", "");
            await Assertions.Expect(officer.Locator(".govuk-summary-list").Last).ToContainTextAsync("Asked only after “No” to question 1");
            await Accessibility.AssertNoViolationsAsync(officer);
            await officer.GetByRole(AriaRole.Button, new() { Name = "Create consultation" }).ClickAsync();

            await Assertions.Expect(officer.Locator(".govuk-notification-banner")).ToContainTextAsync("Consultation created as a draft");
            await Accessibility.AssertNoViolationsAsync(officer);
            id = Guid.Parse(new Uri(officer.Url).Segments[^1]);
            await officer.GetByRole(AriaRole.Button, new() { Name = "Open for responses" }).ClickAsync();
            await Assertions.Expect(officer.Locator(".govuk-notification-banner")).ToContainTextAsync("Consultation opened for responses");
            await Assertions.Expect(officer.Locator(".govuk-tag").First).ToHaveTextAsync("Open");
        });

        await RespondAsync(id, "no", "Better street lighting on the way home", "More police on foot late at night");
        await RespondAsync(id, "no", "More patrols near the bus station", null);
        await RespondAsync(id, "yes", null, "Street lights go off too early");

        await Screenshots.OnFailureAsync(officer, "consultation-officer-close", async () =>
        {
            await officer.ReloadAsync();
            await Assertions.Expect(officer.Locator("#respondents")).ToHaveTextAsync("3");
            await officer.GetByRole(AriaRole.Button, new() { Name = "Close consultation" }).ClickAsync();
            await Assertions.Expect(officer.Locator(".govuk-notification-banner")).ToContainTextAsync("Consultation closed");
            await Accessibility.AssertNoViolationsAsync(officer);
        });

        await using var analystContext = await Browser.NewContextAsync();
        var analyst = await analystContext.NewPageAsync();
        await Screenshots.OnFailureAsync(analyst, "consultation-analyst", async () =>
        {
            await SignInTests.SignInAsync(analyst, platform.Address, "opcc.analyst");
            await analyst.GotoAsync(new Uri(platform.Address, $"consultation/{id}").ToString());
            await Assertions.Expect(analyst.GetByRole(AriaRole.Link, new() { Name = "Publish the results" })).ToHaveCountAsync(0);
            await analyst.GetByRole(AriaRole.Link, new() { Name = "Set the themes to code comments with" }).ClickAsync();
            await Accessibility.AssertNoViolationsAsync(analyst);
            await analyst.GetByLabel("Themes to code comments with").FillAsync("Street lighting\nMore patrols");
            await analyst.GetByRole(AriaRole.Button, new() { Name = "Save themes" }).ClickAsync();

            await ResidentSteps.Expect(analyst, "Code comments into themes");
            await Accessibility.AssertNoViolationsAsync(analyst);
            var comments = analyst.Locator("tbody tr");
            await Assertions.Expect(comments).ToHaveCountAsync(4);
            foreach (var (text, theme) in new[]
            {
                ("Better street lighting on the way home", "Street lighting"), ("More police on foot late at night", "More patrols"),
                ("More patrols near the bus station", "More patrols"), ("Street lights go off too early", "Street lighting"),
            })
            {
                await analyst.GetByRole(AriaRole.Link, new() { Name = text }).ClickAsync();
                await analyst.GetByLabel(theme).CheckAsync();
                await analyst.GetByRole(AriaRole.Button, new() { Name = "Save coding" }).ClickAsync();
                await Assertions.Expect(analyst.Locator(".govuk-notification-banner")).ToContainTextAsync("Coding saved");
                await analyst.GetByRole(AriaRole.Link, new() { Name = "Back to comments" }).ClickAsync();
            }

            await analyst.GetByRole(AriaRole.Link, new() { Name = "More patrols near the bus station" }).ClickAsync();
            await Accessibility.AssertNoViolationsAsync(analyst);
            await analyst.GetByLabel("Quote to publish").FillAsync("More patrols near the bus station");
            await analyst.GetByRole(AriaRole.Button, new() { Name = "Save reviewed quote" }).ClickAsync();
            await Assertions.Expect(analyst.Locator(".govuk-notification-banner")).ToContainTextAsync("Quote saved as reviewed");
            await Screenshots.TakeAsync(analyst, "consultation-analyst-comment");
        });

        await Screenshots.OnFailureAsync(officer, "consultation-second-coder", async () =>
        {
            await officer.GotoAsync(new Uri(platform.Address, $"consultation/{id}/comments").ToString());
            await officer.GetByRole(AriaRole.Link, new() { Name = "More patrols near the bus station" }).ClickAsync();
            await Assertions.Expect(officer.Locator("legend")).ToContainTextAsync("Your coding, as the second coder");
            await Accessibility.AssertNoViolationsAsync(officer);
            await officer.GetByLabel("More patrols").CheckAsync();
            await officer.GetByRole(AriaRole.Button, new() { Name = "Save coding" }).ClickAsync();
            await Assertions.Expect(officer.Locator(".govuk-notification-banner")).ToContainTextAsync("Second coding saved");

            await officer.GotoAsync(new Uri(platform.Address, $"consultation/{id}/themes").ToString());
            await Assertions.Expect(officer.Locator("#agreement")).ToHaveTextAsync("100%");
            await Assertions.Expect(officer.Locator("tbody tr").First).ToContainTextAsync("More patrols near the bus station");
            await Accessibility.AssertNoViolationsAsync(officer);

            await officer.GotoAsync(new Uri(platform.Address, $"consultation/{id}").ToString());
            await officer.GetByRole(AriaRole.Link, new() { Name = "Publish the results" }).ClickAsync();
            await Accessibility.AssertNoViolationsAsync(officer);
            await officer.GetByLabel("Summary of the results").FillAsync("Most people feel safe; those who do not want more patrols and lighting.");
            await officer.GetByLabel("You said: More patrols. We did:").FillAsync("Evening patrols added near the bus station");
            await officer.GetByLabel("Changes to the partnership plan (optional)").FillAsync("Evening patrols added to the town centre priority");
            await officer.GetByRole(AriaRole.Button, new() { Name = "Publish results" }).ClickAsync();
            await Assertions.Expect(officer.Locator(".govuk-notification-banner")).ToContainTextAsync("Results published");
        });

        await using var residentContext = await Browser.NewContextAsync();
        var resident = await residentContext.NewPageAsync();
        await Screenshots.OnFailureAsync(resident, "consultation-results", async () =>
        {
            await resident.GotoAsync(new Uri(platform.Address, "consultations").ToString());
            await resident.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
            await ResidentSteps.Expect(resident, title);
            await Assertions.Expect(resident.Locator("main")).ToContainTextAsync("3 people responded");
            await Assertions.Expect(resident.Locator("main table").First).ToContainTextAsync("Evening patrols added near the bus station");
            await Assertions.Expect(resident.Locator(".govuk-inset-text")).ToContainTextAsync("More patrols near the bus station");
            await Assertions.Expect(resident.Locator("main")).Not.ToContainTextAsync("Street lights go off too early");
            await Accessibility.AssertNoViolationsAsync(resident);
            await Screenshots.TakeAsync(resident, "consultation-you-said-we-did");
        });
    }

    private static async Task AddQuestionAsync(IPage page, string kind, string text, string options, bool required = false, string? showWhen = null)
    {
        await ResidentSteps.Expect(page, "Add question");
        await page.GetByLabel(kind, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Question", new() { Exact = true }).FillAsync(text);
        await page.GetByLabel("Options", new() { Exact = true }).FillAsync(options);
        if (required)
        {
            await page.GetByLabel("Respondents must answer it").CheckAsync();
        }

        if (showWhen is not null)
        {
            await page.GetByLabel("Only ask this question after the answer").SelectOptionAsync(new SelectOptionValue { Label = showWhen });
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Add question" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Questions" })).ToBeVisibleAsync();
    }

    /// <summary>A resident's response straight to the public API (the browser journey is <see cref="ResidentConsultationTests"/>).</summary>
    private async Task RespondAsync(Guid id, string feelSafe, string? safer, string? anythingElse)
    {
        using var anonymous = new HttpClient { BaseAddress = platform.Address };
        var answers = new Dictionary<string, object> { ["do-you-feel-safe-at-night"] = new { choice = feelSafe } };
        if (safer is not null)
        {
            answers["what-would-make-you-feel-safer"] = new { text = safer };
        }

        if (anythingElse is not null)
        {
            answers["anything-else"] = new { text = anythingElse };
        }

        var sent = await anonymous.PostAsJsonAsync($"/api/consultation/public/consultations/{id}/responses", new { sessionToken = Guid.NewGuid().ToString("N"), answers });
        Assert.True(sent.IsSuccessStatusCode, await sent.Content.ReadAsStringAsync());
    }
}
