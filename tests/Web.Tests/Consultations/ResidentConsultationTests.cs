using Microsoft.Playwright;
using Web.Tests.CommunityTrigger;
using Web.Tests.Infrastructure;

namespace Web.Tests.Consultations;

/// <summary>
/// A resident responds to an open consultation with no account: one question a page, a follow-up question only after
/// the answer it depends on, saved and finished from another device by the secret link, checked and sent once; with
/// JavaScript, without it, and with the keyboard alone. Every page is scanned with axe.
/// </summary>
[Collection(SharedWebPlatform.Name)]
public class ResidentConsultationTests(WebPlatform platform)
{
    [Fact]
    public async Task A_resident_answers_saves_finishes_on_another_device_and_can_respond_only_once()
    {
        var title = $"Community safety priorities {Guid.NewGuid():N}"[..40];
        var id = await ConsultationSetup.OpenAsync(platform, title, ConsultationSetup.PrioritiesQuestions);
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        string resumeLink = "";
        await Screenshots.OnFailureAsync(page, "consultation-resident", async () =>
        {
            await page.GotoAsync(new Uri(platform.Address, "consultations").ToString());
            await Accessibility.AssertNoViolationsAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
            await ResidentSteps.Expect(page, title);
            await Accessibility.AssertNoViolationsAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();

            await ResidentSteps.Expect(page, "Rank these priorities");
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Rank every option");
            await Accessibility.AssertNoViolationsAsync(page);
            await page.GetByLabel("Focus on prevention").SelectOptionAsync("2");
            await page.GetByLabel("Making streets safer").SelectOptionAsync("1");
            await page.GetByLabel("Restore trust in policing").SelectOptionAsync("3");
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

            await ResidentSteps.Expect(page, "Do you know how to report anti-social behaviour?");
            await Accessibility.AssertNoViolationsAsync(page);
            await page.GetByLabel("No").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

            // Asked only because the answer was "No".
            await ResidentSteps.Expect(page, "What would help you report it?");
            await Accessibility.AssertNoViolationsAsync(page);
            await page.GetByLabel("What would help you report it?").FillAsync("A phone number on the bus shelter");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and come back later" }).ClickAsync();

            await ResidentSteps.Expect(page, "Your answers have been saved");
            await Accessibility.AssertNoViolationsAsync(page);
            await Screenshots.TakeAsync(page, "consultation-saved");
            resumeLink = (await page.Locator("#resume-link").GetAttributeAsync("href"))!;
            Assert.Contains("/consultations/resume/", resumeLink, StringComparison.Ordinal);
        });

        // Another device: a new browser, nothing but the link.
        await using var other = await Browser.NewContextAsync();
        var later = await other.NewPageAsync();
        await Screenshots.OnFailureAsync(later, "consultation-resumed", async () =>
        {
            await later.GotoAsync(resumeLink);
            await ResidentSteps.Expect(later, "Check your answers before sending your response");
            await Assertions.Expect(later.Locator(".govuk-summary-list")).ToContainTextAsync("1. Making streets safer, 2. Focus on prevention, 3. Restore trust in policing");
            await Assertions.Expect(later.Locator(".govuk-summary-list")).ToContainTextAsync("A phone number on the bus shelter");
            await Accessibility.AssertNoViolationsAsync(later);

            await later.GetByRole(AriaRole.Link, new() { Name = "Change your answer to: Which should we do more of?" }).ClickAsync();
            await ResidentSteps.Expect(later, "Which should we do more of?");
            await later.GetByLabel("Outreach work").CheckAsync();
            await later.GetByLabel("Education in schools").CheckAsync();
            await later.GetByLabel("CCTV").CheckAsync();
            await later.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await Assertions.Expect(later.Locator("#answer-error")).ToContainTextAsync("Select no more than 2 options");
            await Accessibility.AssertNoViolationsAsync(later);
            await later.GetByLabel("CCTV").UncheckAsync();
            await later.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

            await ResidentSteps.Expect(later, "Check your answers before sending your response");
            await Assertions.Expect(later.Locator(".govuk-summary-list")).ToContainTextAsync("Outreach work, Education in schools");
            await Screenshots.TakeAsync(later, "consultation-check");
            await later.GetByRole(AriaRole.Button, new() { Name = "Send response" }).ClickAsync();
            await ResidentSteps.Expect(later, "Response sent");
            await Accessibility.AssertNoViolationsAsync(later);

            await later.GotoAsync(new Uri(platform.Address, $"consultations/{id}/check").ToString());
            await Assertions.Expect(later.Locator(".govuk-inset-text")).ToContainTextAsync("You have already responded");
        });

        Assert.Equal(1, await ConsultationSetup.RespondentsAsync(platform, id));
        // The saved draft went with the response: the link no longer opens it.
        await later.GotoAsync(resumeLink);
        await Assertions.Expect(later.Locator("h1")).ToHaveTextAsync("We cannot find your saved answers");
    }

    [Fact]
    public async Task Without_JavaScript_a_resident_answers_every_question_and_sends_the_response() // (axe needs JavaScript: the same pages are scanned above)
    {
        var title = $"No script consultation {Guid.NewGuid():N}"[..36];
        var id = await ConsultationSetup.OpenAsync(platform, title, ConsultationSetup.PrioritiesQuestions);
        await using var context = await Browser.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await Screenshots.OnFailureAsync(page, "consultation-no-js", async () =>
        {
            await page.GotoAsync(new Uri(platform.Address, $"consultations/{id}").ToString());
            await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
            await page.GetByLabel("Focus on prevention").SelectOptionAsync("1");
            await page.GetByLabel("Making streets safer").SelectOptionAsync("2");
            await page.GetByLabel("Restore trust in policing").SelectOptionAsync("3");
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await page.GetByLabel("Yes").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

            // "Yes": the follow-up question is skipped.
            await ResidentSteps.Expect(page, "Which should we do more of?");
            await page.GetByLabel("CCTV").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await ResidentSteps.Expect(page, "Which district do you live in?");
            await page.GetByLabel("Norwich").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

            await ResidentSteps.Expect(page, "Check your answers before sending your response");
            await Assertions.Expect(page.Locator(".govuk-summary-list")).Not.ToContainTextAsync("What would help you report it?");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send response" }).ClickAsync();
            await ResidentSteps.Expect(page, "Response sent");
        });

        Assert.Equal(1, await ConsultationSetup.RespondentsAsync(platform, id));
    }

    [Fact]
    public async Task A_resident_can_respond_with_the_keyboard_alone()
    {
        var title = $"Keyboard consultation {Guid.NewGuid():N}"[..34];
        var id = await ConsultationSetup.OpenAsync(platform, title, ConsultationSetup.PrioritiesQuestions);
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Screenshots.OnFailureAsync(page, "consultation-keyboard", async () =>
        {
            var keyboard = new KeyboardOnly(page);
            await page.GotoAsync(new Uri(platform.Address, $"consultations/{id}").ToString());
            await keyboard.TabToAsync("a.govuk-button--start");
            await keyboard.PressAsync("Enter");

            await ResidentSteps.Expect(page, "Rank these priorities");
            foreach (var rank in new[] { "1", "2", "3" })
            {
                await keyboard.TabToAsync(rank == "1" ? "#answer" : rank == "2" ? "#rank-streets" : "#rank-trust");
                await keyboard.TypeAsync(rank); // a focused select chooses the option that starts with what is typed
            }

            await keyboard.SubmitAsync("Continue");
            await ResidentSteps.Expect(page, "Do you know how to report anti-social behaviour?");
            await keyboard.TabToAsync("#answer");
            await keyboard.PressAsync("ArrowDown"); // "No"
            await keyboard.SubmitAsync("Continue");

            await ResidentSteps.Expect(page, "What would help you report it?");
            await keyboard.TabToAsync("#answer");
            await keyboard.TypeAsync("Knowing who to call");
            await keyboard.SubmitAsync("Continue");
            await ResidentSteps.Expect(page, "Which should we do more of?");
            await keyboard.SubmitAsync("Continue");
            await ResidentSteps.Expect(page, "Which district do you live in?");
            await keyboard.SubmitAsync("Continue");

            await ResidentSteps.Expect(page, "Check your answers before sending your response");
            await Assertions.Expect(page.Locator(".govuk-summary-list")).ToContainTextAsync("Knowing who to call");
            await keyboard.SubmitAsync("Send response");
            await ResidentSteps.Expect(page, "Response sent");
        });
    }
}
