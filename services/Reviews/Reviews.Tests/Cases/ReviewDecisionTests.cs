using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Reviews.Api.Cases;
using Reviews.Api.Domain;
using Reviews.Tests.Infrastructure;
using static Reviews.Tests.Infrastructure.ReviewRequests;

namespace Reviews.Tests.Cases;

/// <summary>The chair's decision: when it is due, the Home Office date, and the event a decision not to commission sends Plans.</summary>
public class ReviewDecisionTests(ReviewsApiFactory reviews) : IClassFixture<ReviewsApiFactory>
{
    [Fact]
    public async Task A_decision_not_to_commission_publishes_the_reference_district_and_dates_only()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow.AddDays(3);
        var manager = reviews.ReviewManager();
        var receipt = await manager.NotifyAsync(Notification("breckland", 40, "other"));

        var decided = await manager.SucceedAsync(
            $"/api/reviews/{receipt.Id}/decision",
            new { outcome = "do-not-commission", reasons = "Suspect a neighbour, Mr Testsuspect's lodger: not a qualifying relationship.", decidedOn = "2026-01-15" });

        Assert.Equal(ReviewStage.NotCommissioned, decided.Stage);
        await using var db = reviews.NewDbContext();
        var dispatched = await Eventually.TrueAsync(async () =>
            (await db.EventsAboutAsync(receipt.Reference)).Any(m => m.MessageType == "csp:reviews:review-not-commissioned:v1" && m.DispatchedAt != null));
        Assert.True(dispatched);
        var message = Assert.Single(await db.EventsAboutAsync(receipt.Reference));
        var payload = JsonDocument.Parse(message.Payload).RootElement;
        Assert.Equal(
            (receipt.Reference, "breckland", "2026-01-15", "2026-01-15", false),
            (payload.GetProperty("reviewReference").GetString(), payload.GetProperty("district").GetString(),
             payload.GetProperty("notifiedOn").GetString(), payload.GetProperty("decidedOn").GetString(), payload.GetProperty("criteriaMet").GetBoolean()));
        Assert.DoesNotContain("Test", message.Payload, StringComparison.Ordinal); // neither a name nor the reasons
        Assert.DoesNotContain("neighbour", message.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_to_commission_sends_no_not_commissioned_event()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var manager = reviews.ReviewManager();
        var receipt = await manager.NotifyAsync(Notification());

        await manager.SucceedAsync($"/api/reviews/{receipt.Id}/decision", new { outcome = "commission", reasons = "Criteria met.", decidedOn = "2026-01-12" });

        await using var db = reviews.NewDbContext();
        Assert.Empty(await db.EventsAboutAsync(receipt.Reference));
    }

    [Fact]
    public async Task The_day_the_Home_Office_was_told_is_recorded_after_the_decision_once_and_not_before_it()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow.AddDays(5);
        var manager = reviews.ReviewManager();
        var receipt = await manager.NotifyAsync(Notification());
        var path = $"/api/reviews/{receipt.Id}/decision";
        await manager.SucceedAsync(path, new { outcome = "commission", reasons = "Criteria met.", decidedOn = "2026-01-17" });

        var early = await manager.PostAsJsonAsync($"{path}/home-office-told", new { on = "2026-01-16" });
        var told = await manager.SucceedAsync($"{path}/home-office-told", new { on = "2026-01-17" });
        var again = await manager.PostAsJsonAsync($"{path}/home-office-told", new { on = "2026-01-17" });

        Assert.Equal("home-office-told-out-of-range", (await early.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());
        Assert.Equal(new DateOnly(2026, 1, 17), told.Decision!.HomeOfficeToldOn);
        Assert.Equal("home-office-already-told", (await again.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
    }
}

/// <summary>A partnership that gives the chair two months to decide, set in configuration.</summary>
public sealed class TwoMonthDecisionReviewsFactory : ReviewsApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Reviews:Timescales:DecisionMonths", "2");
    }
}

public class ConfiguredDecisionPeriodTests(TwoMonthDecisionReviewsFactory reviews) : IClassFixture<TwoMonthDecisionReviewsFactory>
{
    [Fact]
    public async Task The_decision_is_due_the_configured_period_after_notification()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var manager = reviews.ReviewManager();
        var receipt = await manager.NotifyAsync(Notification());

        reviews.Clock.Now = new DateTimeOffset(2026, 3, 12, 12, 0, 0, TimeSpan.Zero);
        var onTheDay = await manager.GetFromJsonAsync<ReviewResponse>($"/api/reviews/{receipt.Id}", TestJson.Options);
        reviews.Clock.Now = new DateTimeOffset(2026, 3, 13, 12, 0, 0, TimeSpan.Zero);
        var dayAfter = await manager.GetFromJsonAsync<ReviewResponse>($"/api/reviews/{receipt.Id}", TestJson.Options);

        Assert.Equal(new DateOnly(2026, 3, 12), receipt.DecisionDueOn);
        Assert.Equal((false, true), (onTheDay!.DecisionOverdue, dayAfter!.DecisionOverdue));
    }
}
