using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;
using Reviews.Api.Domain;
using Reviews.Tests.Infrastructure;
using static Reviews.Tests.Infrastructure.ReviewRequests;

namespace Reviews.Tests.Cases;

/// <summary>From a police notification through decision, commissioning, holds, contributions and recommendations to publication.</summary>
public class ReviewLifecycleTests(ReviewsApiFactory reviews) : IClassFixture<ReviewsApiFactory>
{
    [Fact]
    public async Task A_notified_death_runs_to_publication_with_events_that_carry_only_the_reference()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var receipt = await reviews.PolicePartnerSystem().NotifyAsync(Notification());
        var manager = reviews.ReviewManager();
        var path = $"/api/reviews/{receipt.Id}";

        reviews.Clock.Now = ReviewsApiFactory.DefaultNow.AddDays(9);
        await manager.SucceedAsync($"{path}/decision", new { outcome = "commission", reasons = "Former partner; criteria met.", decidedOn = "2026-01-20", homeOfficeToldOn = "2026-01-21" });
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow.AddDays(30);
        await manager.SucceedAsync($"{path}/commissioning", Commissioning("panel-police"));
        var held = await manager.SucceedAsync($"{path}/holds", new { process = "criminal-trial", reason = "Trial listed at Norwich Crown Court.", from = "2026-02-15" });
        await manager.SucceedAsync($"{path}/holds/{held.Holds[0].Id}/end", new { until = "2026-04-16" });
        var requested = await manager.SucceedAsync($"{path}/contributions", new { agency = "norfolk-waveney-icb", kind = "individual-management-review", dueOn = "2026-03-31" });
        await manager.SucceedAsync($"{path}/contributions/{requested.Contributions[0].Id}/received", new { receivedOn = "2026-03-30" });
        var proposed = await manager.SucceedAsync($"{path}/recommendations", new
        {
            kind = "smart-action", category = "training", text = "Train GP practices to ask about domestic abuse when Adult A presents.",
            ownerAgency = "norfolk-waveney-icb", dueOn = "2026-12-31",
        });
        await manager.SucceedAsync($"{path}/recommendations/{proposed.Recommendations[0].Id}/agreement");
        reviews.Clock.Now = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        await manager.SucceedAsync($"{path}/report/draft", new { on = "2026-07-01" });
        await manager.SucceedAsync($"{path}/report/submission", new { on = "2026-07-10" });
        await manager.SucceedAsync($"{path}/report/feedback", new { on = "2026-08-20", note = "Say more about the housing provider." });
        await manager.SucceedAsync($"{path}/report/resubmission", new { on = "2026-09-01" });
        await manager.SucceedAsync($"{path}/report/approval", new { on = "2026-10-01" });
        var published = await manager.SucceedAsync($"{path}/report/publication", new { publishedOn = "2026-10-30", sentToCommissionerOn = "2026-10-28" });

        Assert.Matches("^DHR-2026-[0-9]{4}$", receipt.Reference);
        Assert.True(receipt.Criteria.Met);
        Assert.Equal(new DateOnly(2026, 2, 12), receipt.DecisionDueOn);
        Assert.Equal((ReviewStage.Published, new DateOnly(2026, 10, 30)), (published.Stage, published.PublishedOn));
        Assert.Equal(60, published.Timescale!.HeldDays); // 15 February to 16 April
        Assert.Equal((new DateOnly(2026, 9, 18), TimescaleStatus.OnTrack), (published.Timescale.DueOn, published.Timescale.Status));

        await using var db = reviews.NewDbContext();
        var events = await db.EventsAboutAsync(receipt.Reference);
        Assert.Equal(["csp:reviews:review-commissioned:v1", "csp:reviews:recommendation-agreed:v1"], events.Select(e => e.MessageType));
        var agreed = JsonDocument.Parse(events[1].Payload).RootElement;
        Assert.Equal(("training", "smart-action", "norfolk-waveney-icb"), (agreed.GetProperty("category").GetString(), agreed.GetProperty("kind").GetString(), agreed.GetProperty("ownerAgency").GetString()));
        Assert.All(events, e => Assert.DoesNotContain("Test", e.Payload, StringComparison.Ordinal)); // neither name
        var audit = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.SubjectId == receipt.Id.ToString()).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(
            ["review-notified", "decision-recorded", "review-commissioned", "hold-placed", "hold-ended", "contribution-requested", "contribution-received",
             "recommendation-added", "recommendation-agreed", "report-drafted", "report-submitted", "report-feedback-received", "report-resubmitted",
             "report-approved", "report-published"],
            audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.DoesNotContain("Test", $"{e.Before}{e.After}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task References_are_issued_in_order_and_say_nothing_about_the_death()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var police = reviews.PolicePartnerSystem();

        var first = await police.NotifyAsync(Notification("breckland", 70, "relative"));
        var second = await police.NotifyAsync(Notification("breckland", 70, "relative"));

        Assert.NotEqual(first.Reference, second.Reference);
        Assert.Equal(int.Parse(first.Reference[^4..], System.Globalization.CultureInfo.InvariantCulture) + 1, int.Parse(second.Reference[^4..], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Commissioning_without_a_decision_is_a_409_and_nothing_changes()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var manager = reviews.ReviewManager();
        var receipt = await manager.NotifyAsync(Notification());

        var response = await manager.PostAsJsonAsync($"/api/reviews/{receipt.Id}/commissioning", Commissioning("panel-police"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("commission", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        var review = await manager.GetFromJsonAsync<Api.Cases.ReviewResponse>($"/api/reviews/{receipt.Id}", TestJson.Options);
        Assert.Equal((ReviewStage.Notified, null), (review!.Stage, review.Commissioning));
    }

    [Fact]
    public async Task Publishing_without_Home_Office_approval_is_a_409_and_nothing_changes()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var manager = reviews.ReviewManager();
        var review = await manager.CommissionedAsync("panel-police");
        var path = $"/api/reviews/{review.Id}";
        await manager.SucceedAsync($"{path}/report/draft", new { on = "2026-01-12" });
        await manager.SucceedAsync($"{path}/report/submission", new { on = "2026-01-12" });

        var response = await manager.PostAsJsonAsync($"{path}/report/publication", new { publishedOn = "2026-01-12" });

        await response.ReadProblemAsync(HttpStatusCode.Conflict);
        var after = await manager.GetFromJsonAsync<Api.Cases.ReviewResponse>(path, TestJson.Options);
        Assert.Equal((ReviewStage.SubmittedToQualityAssurance, null), (after!.Stage, after.PublishedOn));
    }

    [Fact]
    public async Task A_decision_not_yet_made_shows_as_overdue_after_a_month()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var manager = reviews.ReviewManager();
        var receipt = await manager.NotifyAsync(Notification());

        reviews.Clock.Now = ReviewsApiFactory.DefaultNow.AddDays(32);
        var review = await manager.GetFromJsonAsync<Api.Cases.ReviewResponse>($"/api/reviews/{receipt.Id}", TestJson.Options);

        Assert.True(review!.DecisionOverdue);
    }

    [Fact]
    public async Task Closing_with_open_actions_and_no_reason_is_a_422_and_nothing_changes()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var manager = reviews.ReviewManager();
        var review = await manager.CommissionedAsync("panel-police");
        var path = $"/api/reviews/{review.Id}";
        var proposed = await manager.SucceedAsync($"{path}/recommendations", new
        {
            kind = "smart-action", category = "process-improvement", text = "Share MARAC minutes with the GP.", ownerAgency = "norfolk-constabulary", dueOn = "2026-12-31",
        });
        await manager.SucceedAsync($"{path}/recommendations/{proposed.Recommendations[0].Id}/agreement");
        foreach (var step in new[] { "draft", "submission", "approval" })
        {
            await manager.SucceedAsync($"{path}/report/{step}", new { on = "2026-01-12" });
        }

        await manager.SucceedAsync($"{path}/report/publication", new { publishedOn = "2026-01-12" });

        var refused = await manager.PostAsJsonAsync($"{path}/closure", new { });
        var problem = await refused.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("open-actions-need-reason", problem.GetProperty("rule").GetString());
        var closed = await manager.SucceedAsync($"{path}/closure", new { reason = "Carried into the composite action plan." });
        Assert.Equal(ReviewStage.Closed, closed.Stage);
    }
}

/// <summary>Recommendation text goes to Plans in <c>ReviewRecommendationAgreed</c>, so it must not use the restricted record's real names.</summary>
public class RecommendationNameTests(ReviewsApiFactory reviews) : IClassFixture<ReviewsApiFactory>
{
    [Fact]
    public async Task A_recommendation_using_a_real_name_is_refused_when_proposed_and_when_agreed_and_no_event_leaves()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var manager = reviews.ReviewManager();
        var notification = Notification();
        notification.Remove("perpetratorName"); // the perpetrator's name not yet known
        var review = await manager.CommissionedAsync(notification, "panel-names");
        var path = $"/api/reviews/{review.Id}";

        var named = await manager.PostAsJsonAsync($"{path}/recommendations", new
        {
            kind = "smart-action", category = "training", text = "Train GP practices to ask Jane about domestic abuse.", ownerAgency = "norfolk-waveney-icb", dueOn = "2026-12-31",
        });
        var proposed = await manager.SucceedAsync($"{path}/recommendations", new
        {
            kind = "smart-action", category = "training", text = "Share the Testsuspect bail conditions with the GP practice.", ownerAgency = "norfolk-waveney-icb", dueOn = "2026-12-31",
        });
        (await manager.RewriteRestrictedAsync(review.Id, new { victimName = VictimName, perpetratorName = PerpetratorName })).EnsureSuccessStatusCode(); // known after proposal
        var agreeing = await manager.PostAsJsonAsync($"{path}/recommendations/{proposed.Recommendations[0].Id}/agreement", new { });

        var problem = await named.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("text-uses-real-name", problem.GetProperty("rule").GetString());
        Assert.DoesNotContain("Jane", problem.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("text-uses-real-name", (await agreeing.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());
        var after = await manager.GetFromJsonAsync<Api.Cases.ReviewResponse>(path, TestJson.Options);
        Assert.Equal([null], after!.Recommendations.Select(r => r.AgreedOn));
        await using var db = reviews.NewDbContext();
        Assert.DoesNotContain(await db.EventsAboutAsync(review.Reference), e => e.MessageType == "csp:reviews:recommendation-agreed:v1");
    }
}
