using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;
using Reviews.Api.Cases;
using Reviews.Tests.Infrastructure;
using static Reviews.Tests.Infrastructure.ReviewRequests;

namespace Reviews.Tests.Cases;

/// <summary>
/// The restricted record is overwritten only by a review manager or the review's chair, against the version they read;
/// its history keeps who changed which field and what it held; and no overwrite lets a real name into recommendations.
/// </summary>
public class RestrictedRecordWriteTests(ReviewsApiFactory reviews) : IClassFixture<ReviewsApiFactory>
{
    [Fact]
    public async Task An_overwrite_needs_the_version_read_and_a_stale_one_is_refused()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var manager = reviews.ReviewManager();
        var review = await manager.CommissionedAsync("panel-w1");
        var path = $"/api/reviews/{review.Id}/restricted";
        var read = await manager.GetAsync(path);
        var version = read.Headers.ETag!.Tag;

        var withoutIfMatch = await manager.PutAsJsonAsync(path, new { victimName = VictimName, notes = "First." });
        var first = await manager.SendAsync(Put(path, version, new { victimName = VictimName, notes = "First." }));
        var stale = await manager.SendAsync(Put(path, version, new { victimName = VictimName, notes = "Second, unaware of the first." }));

        await withoutIfMatch.ReadProblemAsync(HttpStatusCode.PreconditionRequired);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await stale.ReadProblemAsync(HttpStatusCode.Conflict);
        var record = await manager.GetFromJsonAsync<RestrictedRecordResponse>(path, TestJson.Options);
        Assert.Equal("First.", record!.Notes);
    }

    [Fact]
    public async Task The_chair_may_rewrite_it_a_panel_member_may_not_and_the_history_keeps_who_changed_what()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var review = await reviews.ReviewManager().CommissionedAsync("panel-w2");
        var chair = reviews.As("independent-chairs", "chair-1", Platform.Contracts.Roles.ReviewPanelMember);

        var byPanelMember = await reviews.PanelMember("panel-w2").RewriteRestrictedAsync(review.Id, new { victimName = "Someone Else" });
        var byChair = await chair.RewriteRestrictedAsync(review.Id, new { victimName = "Janet Testvictim", perpetratorName = PerpetratorName });

        await byPanelMember.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, byChair.StatusCode);
        var record = await byChair.Content.ReadFromJsonAsync<RestrictedRecordResponse>(TestJson.Options);
        var change = Assert.Single(record!.History);
        Assert.Equal(("victimName", VictimName, "chair-1"), (change.Field, change.Previous, change.By));

        // The audit log says which field changed, never what it held.
        await using var db = reviews.NewDbContext();
        var audit = await db.Set<AuditEntry>().SingleAsync(e => e.SubjectId == review.Id.ToString() && e.Action == "restricted-record-updated");
        Assert.Contains("victimName", audit.After, StringComparison.Ordinal);
        Assert.DoesNotContain("Testvictim", audit.Before + audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clearing_the_names_does_not_let_them_into_a_recommendation()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var manager = reviews.ReviewManager();
        var review = await manager.CommissionedAsync("panel-w3");
        (await manager.RewriteRestrictedAsync(review.Id, new { victimName = (string?)null, perpetratorName = (string?)null })).EnsureSuccessStatusCode();

        var named = await manager.PostAsJsonAsync($"/api/reviews/{review.Id}/recommendations", new
        {
            kind = "smart-action", category = "training", text = "Share the Testsuspect bail conditions with the GP practice.", ownerAgency = "norfolk-waveney-icb", dueOn = "2026-12-31",
        });

        Assert.Equal("text-uses-real-name", (await named.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());
    }

    private static HttpRequestMessage Put(string path, string version, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", version);
        return request;
    }
}
