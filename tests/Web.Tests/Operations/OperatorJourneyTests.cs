using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Npgsql;
using Platform.Contracts;
using Web.Tests.Infrastructure;
using Web.Tests.Staff;

namespace Web.Tests.Operations;

/// <summary>
/// Journey 8: an operator sees every service's outbox, publishes a dead-lettered event again, sees that no partner
/// message is parked, and has the dashboard's link.
/// </summary>
[Collection(SharedWebPlatform.Name)]
public class OperatorJourneyTests(WebPlatform platform)
{
    [Fact]
    public async Task An_operator_sees_the_outboxes_and_publishes_a_dead_letter_again()
    {
        var deadLetter = await DeadLetteredEventAsync();
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Screenshots.OnFailureAsync(page, "operations", async () =>
        {
            await SignInTests.SignInAsync(page, platform.Address, "ops");
            await page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Operations" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Operations");
            await Assertions.Expect(page.Locator("#outboxes tr", new() { HasText = "Reviews" })).ToBeVisibleAsync();
            foreach (var service in new[] { "Community Trigger", "Plans", "Reviews", "Prevent", "Funding", "Consultation" })
            {
                await Assertions.Expect(page.Locator("#outboxes tr", new() { HasText = service })).ToBeVisibleAsync();
            }

            await Assertions.Expect(page.Locator("#outboxes")).Not.ToContainTextAsync("Not deployed or not answering");
            await Assertions.Expect(page.Locator("#dead-letters")).ToContainTextAsync("The broker refused the connection (test)");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("No partner message is parked.");
            await Assertions.Expect(page.Locator("#dashboard-link")).ToHaveAttributeAsync("href", WebPlatform.Dashboard.ToString());
            await Accessibility.AssertNoViolationsAsync(page);
            await Screenshots.TakeAsync(page, "operations-1-dead-letter");

            await page.Locator($"#dead-letter-{deadLetter}").ClickAsync();
            await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The message will be published again");
            await Accessibility.AssertNoViolationsAsync(page);
            Assert.True(
                await Eventually.TrueAsync(async () => await ScalarAsync<bool>(
                    "SELECT dispatched_at IS NOT NULL FROM outbox_messages WHERE id = $1", deadLetter), TimeSpan.FromSeconds(30)),
                "the redriven event was not published");
        });
    }

    /// <summary>
    /// A real event (a review not commissioned) that the outbox published, then marked as given up, as it would be
    /// after the broker refused it at every attempt: only a failure makes a dead letter, and the test cannot break the broker for everyone.
    /// </summary>
    private async Task<Guid> DeadLetteredEventAsync()
    {
        using var manager = await platform.AsStaffAsync(Agencies.Opcc, Roles.ReviewManager);
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var notified = await manager.PostAsJsonAsync("/api/reviews/notifications", new
        {
            diedOn = today, district = Districts.Breckland, victimAge = 70, relationship = "relative", suicide = false,
            abuseConcerns = false, criminalInvestigationOpen = false,
        });
        Assert.True(notified.IsSuccessStatusCode, await notified.Content.ReadAsStringAsync());
        var reviewId = (await notified.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var decided = await manager.PostAsJsonAsync($"/api/reviews/{reviewId}/decision", new
        {
            outcome = "do-not-commission", reasons = "The statutory criteria are not met.", decidedOn = today,
        });
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());

        Guid? published = null;
        Assert.True(await Eventually.TrueAsync(async () =>
        {
            published = await ScalarAsync<Guid?>(
                "SELECT id FROM outbox_messages WHERE payload::text LIKE '%' || $1 || '%' AND dispatched_at IS NOT NULL", reviewId.ToString());
            return published is not null;
        }, TimeSpan.FromSeconds(30)), "the review's event was not published");
        await ScalarAsync<int?>(
            """
            UPDATE outbox_messages
            SET dispatched_at = NULL, dead_lettered_at = now(), attempts = 10, last_error = 'The broker refused the connection (test)'
            WHERE id = $1
            RETURNING attempts
            """, published!.Value);
        return published.Value;
    }

    private async Task<T?> ScalarAsync<T>(string sql, object parameter)
    {
        await using var connection = new NpgsqlConnection(platform.ReviewsDatabase);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new NpgsqlParameter { Value = parameter } } };
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }
}
