using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;
using Reviews.Api.Cases;
using Reviews.Api.Statistics.Thematic;
using Reviews.Tests.Infrastructure;
using static Reviews.Tests.Infrastructure.ReviewRequests;

namespace Reviews.Tests.Cases;

/// <summary>Names only in the restricted record, for review managers and the review's own panel; everyone else references and counts.</summary>
public class ReviewAccessTests(ReviewsApiFactory reviews) : IClassFixture<ReviewsApiFactory>
{
    [Fact]
    public async Task The_review_detail_never_carries_names_but_the_restricted_record_does_for_a_manager()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var manager = reviews.ReviewManager();
        var review = await manager.CommissionedAsync("panel-a");

        var detail = await manager.GetStringAsync($"/api/reviews/{review.Id}");
        var restricted = await manager.GetFromJsonAsync<RestrictedRecordResponse>($"/api/reviews/{review.Id}/restricted", TestJson.Options);

        Assert.DoesNotContain(VictimName, detail, StringComparison.Ordinal);
        Assert.DoesNotContain(PerpetratorName, detail, StringComparison.Ordinal);
        Assert.Equal((VictimName, PerpetratorName), (restricted!.VictimName, restricted.PerpetratorName));
    }

    [Fact]
    public async Task A_panel_member_sees_only_the_reviews_that_list_them()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var manager = reviews.ReviewManager();
        var theirs = await manager.CommissionedAsync("panel-b");
        var other = await manager.CommissionedAsync("panel-c");
        var panel = reviews.PanelMember("panel-b");

        var list = await panel.GetFromJsonAsync<List<Api.Cases.ListReviews.ReviewListItem>>("/api/reviews", TestJson.Options);
        var ownRecord = await panel.GetAsync($"/api/reviews/{theirs.Id}/restricted");
        var otherDetail = await panel.GetAsync($"/api/reviews/{other.Id}");
        var otherRecord = await panel.GetAsync($"/api/reviews/{other.Id}/restricted");

        Assert.Equal([theirs.Reference], list!.Select(r => r.Reference));
        Assert.Equal(HttpStatusCode.OK, ownRecord.StatusCode);
        await otherDetail.ReadProblemAsync(HttpStatusCode.NotFound);
        await otherRecord.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_chair_records_family_engagement_but_only_a_manager_moves_the_review_on()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var review = await reviews.ReviewManager().CommissionedAsync("panel-d");
        var chair = reviews.As("independent-chairs", "chair-1", Platform.Contracts.Roles.ReviewPanelMember);
        var path = $"/api/reviews/{review.Id}";

        var updated = await chair.RewriteRestrictedAsync(review.Id, new
        {
            victimName = VictimName,
            family = new { advocacyService = "AAFDA", victimPseudonym = "Adult A", penPortrait = "A loving mother of two." },
        });
        var contact = await chair.PostAsJsonAsync($"{path}/restricted/family-contacts", new { on = "2026-01-12", summary = "Met the family with their AAFDA advocate." });
        var decision = await chair.PostAsJsonAsync($"{path}/holds", new { process = "inquest", reason = "Inquest opened.", from = "2026-01-12" });

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var record = await contact.Content.ReadFromJsonAsync<RestrictedRecordResponse>(TestJson.Options);
        Assert.Equal(("Adult A", 1), (record!.Family.VictimPseudonym, record.FamilyContacts.Count));
        Assert.Equal(HttpStatusCode.Forbidden, decision.StatusCode);
    }

    [Theory]
    [InlineData("partnership-officer")]
    [InlineData("analyst")]
    [InlineData("partner-system")]
    public async Task Anyone_else_cannot_read_a_review_or_its_restricted_record(string role)
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var review = await reviews.ReviewManager().CommissionedAsync("panel-e");
        var client = reviews.As("norfolk-opcc", "someone", role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/reviews/{review.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/reviews/{review.Id}/restricted")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await reviews.CreateClient().GetAsync($"/api/reviews/{review.Id}")).StatusCode);
    }

    [Fact]
    public async Task Every_read_of_detail_and_of_the_restricted_record_is_audited_without_content()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var manager = reviews.ReviewManager();
        var review = await manager.CommissionedAsync("panel-f");

        await manager.GetStringAsync($"/api/reviews/{review.Id}");
        await reviews.PanelMember("panel-f").GetStringAsync($"/api/reviews/{review.Id}/restricted");

        await using var db = reviews.NewDbContext();
        var reads = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.SubjectId == review.Id.ToString() && e.Action.EndsWith("-viewed"))
            .OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([("review-viewed", "review-manager-1"), ("restricted-record-viewed", "panel-f")], reads.Select(e => (e.Action, e.Actor)));
        Assert.All(reads, e => Assert.Null(e.After));
    }

    [Fact]
    public async Task Thematic_counts_are_open_to_partners_with_small_numbers_suppressed()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var police = reviews.PolicePartnerSystem();
        for (var i = 0; i < 5; i++)
        {
            await police.NotifyAsync(Notification("great-yarmouth", 40, "current-intimate-partner"));
        }

        await police.NotifyAsync(Notification("north-norfolk", 40, "household-member"));

        var counts = await reviews.PartnershipOfficer().GetFromJsonAsync<ThematicCounts>("/api/reviews/thematic", TestJson.Options);

        Assert.Equal(5, counts!.ByDistrict.Single(c => c.Key == "great-yarmouth").Count);
        Assert.Null(counts.ByDistrict.Single(c => c.Key == "north-norfolk").Count);
        Assert.Null(counts.ByDistrict.Single(c => c.Key == "south-norfolk").Count); // zero is withheld too (decision 0014)
        Assert.Null(counts.ByRelationship.Single(c => c.Key == "household-member").Count);
        Assert.Contains(counts.ByYear, c => c.Key == "2026");
    }

    [Fact]
    public async Task Names_never_reach_logs_or_spans()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var manager = reviews.ReviewManager();
        var review = await manager.CommissionedAsync("panel-g");
        var path = $"/api/reviews/{review.Id}/restricted";

        await manager.RewriteRestrictedAsync(review.Id, new { victimName = VictimName, perpetratorName = PerpetratorName, notes = "Family live in Gorleston." });
        await manager.GetStringAsync(path);
        await manager.RewriteRestrictedAsync(review.Id, new { victimName = new string('x', 500) + VictimName }); // refused: too long

        var telemetry = reviews.Telemetry.Text;
        Assert.Contains(review.Id.ToString(), telemetry, StringComparison.Ordinal); // the recorder does see the requests
        Assert.DoesNotContain("Testvictim", telemetry, StringComparison.Ordinal);
        Assert.DoesNotContain("Testsuspect", telemetry, StringComparison.Ordinal);
        Assert.DoesNotContain("Gorleston", telemetry, StringComparison.Ordinal);
    }
}
