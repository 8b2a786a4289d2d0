using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;
using Reviews.Api.Cases;
using Reviews.Tests.Infrastructure;

namespace Reviews.Tests.Cases;

/// <summary>The family's reading of the draft is a recorded step of family engagement: restricted, audited, in order.</summary>
public class FamilyEngagementTests(ReviewsApiFactory reviews) : IClassFixture<ReviewsApiFactory>
{
    private const string Response = "Read with our AAFDA advocate at Sprowston; we asked for the pen portrait to say more.";

    [Fact]
    public async Task The_chair_records_the_familys_reading_of_the_draft_which_only_the_restricted_record_shows()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var manager = reviews.ReviewManager();
        var review = await manager.CommissionedAsync("panel-family");
        var path = $"/api/reviews/{review.Id}";
        var chair = reviews.As("independent-chairs", "chair-1", Platform.Contracts.Roles.ReviewPanelMember);

        var beforeDraft = await chair.PostAsJsonAsync($"{path}/restricted/draft-readings", new { on = "2026-01-12", response = Response });
        await manager.SucceedAsync($"{path}/report/draft", new { on = "2026-01-12" });
        var read = await chair.PostAsJsonAsync($"{path}/restricted/draft-readings", new { on = "2026-01-12", response = Response });

        Assert.Equal("no-draft-yet", (await beforeDraft.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var record = await manager.GetFromJsonAsync<RestrictedRecordResponse>($"{path}/restricted", TestJson.Options);
        Assert.Equal([(new DateOnly(2026, 1, 12), Response)], record!.DraftReadings.Select(r => (r.On, r.Response)));
        Assert.DoesNotContain("Sprowston", await manager.GetStringAsync(path), StringComparison.Ordinal);
        Assert.DoesNotContain("Sprowston", reviews.Telemetry.Text, StringComparison.Ordinal);

        await using var db = reviews.NewDbContext();
        var audit = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.SubjectId == review.Id.ToString() && e.Action == "family-read-draft").ToListAsync();
        var entry = Assert.Single(audit);
        Assert.Equal("chair-1", entry.Actor);
        Assert.DoesNotContain("Sprowston", $"{entry.Before}{entry.After}", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reading_dated_before_the_draft_or_after_publication_is_refused_and_nothing_changes()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var manager = reviews.ReviewManager();
        var review = await manager.CommissionedAsync("panel-family-2");
        var path = $"/api/reviews/{review.Id}";
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow.AddDays(10);
        await manager.SucceedAsync($"{path}/report/draft", new { on = "2026-01-20" });

        var early = await manager.PostAsJsonAsync($"{path}/restricted/draft-readings", new { on = "2026-01-19", response = Response });
        var missing = await manager.PostAsJsonAsync($"{path}/restricted/draft-readings", new { on = "2026-01-21" });
        foreach (var step in new[] { "submission", "approval" })
        {
            await manager.SucceedAsync($"{path}/report/{step}", new { on = "2026-01-21" });
        }

        await manager.SucceedAsync($"{path}/report/publication", new { publishedOn = "2026-01-22" });
        var late = await manager.PostAsJsonAsync($"{path}/restricted/draft-readings", new { on = "2026-01-22", response = Response });

        Assert.Equal("draft-reading-out-of-range", (await early.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());
        Assert.Contains("response", (await missing.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("report-already-published", (await late.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        var record = await manager.GetFromJsonAsync<RestrictedRecordResponse>($"{path}/restricted", TestJson.Options);
        Assert.Empty(record!.DraftReadings);
    }

    [Fact]
    public async Task The_reading_is_no_longer_a_date_anyone_can_overwrite_in_the_family_details()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var manager = reviews.ReviewManager();
        var review = await manager.CommissionedAsync("panel-family-3");

        var response = await manager.PutAsJsonAsync($"/api/reviews/{review.Id}/restricted", new { family = new { familyReadDraftOn = "2026-01-12" } });

        Assert.Contains("familyReadDraftOn", (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).GetRawText(), StringComparison.Ordinal);
    }
}
