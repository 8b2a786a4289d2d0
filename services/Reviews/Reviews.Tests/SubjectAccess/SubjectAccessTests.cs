using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Audit;
using Reviews.Tests.Infrastructure;
using static Reviews.Tests.Infrastructure.ReviewRequests;

namespace Reviews.Tests.SubjectAccess;

/// <summary>
/// A subject access request: the data protection officer finds the restricted records naming the person (among every
/// name a record has held), with the audit entries about them, and no other review's.
/// </summary>
public class SubjectAccessTests(ReviewsApiFactory reviews) : IClassFixture<ReviewsApiFactory>
{
    [Fact]
    public async Task The_dpo_finds_the_restricted_record_naming_the_person_and_who_read_it()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var notification = Notification();
        notification["perpetratorName"] = "Chris Subjectaccess";
        var theirs = await reviews.ReviewManager().NotifyAsync(notification);
        var other = Notification();
        other["perpetratorName"] = "Pat Unrelated";
        await reviews.ReviewManager().NotifyAsync(other);
        Assert.Equal(HttpStatusCode.OK, (await reviews.ReviewManager().GetAsync($"/api/reviews/{theirs.Id}/restricted")).StatusCode);
        var dpo = reviews.As(Agencies.Opcc, "dpo-1", Roles.DataProtectionOfficer);

        var response = await dpo.PostAsJsonAsync("/api/reviews/subject-access", new { reference = "SAR-2026-004", name = "chris subjectaccess" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var export = await response.Content.ReadFromJsonAsync<JsonElement>();
        var record = Assert.Single(export.GetProperty("records").EnumerateArray());
        Assert.Equal(theirs.Id.ToString(), record.GetProperty("id").GetString());
        Assert.Equal("Chris Subjectaccess", record.GetProperty("data").GetProperty("perpetratorName").GetString());
        Assert.Contains(export.GetProperty("auditEntries").EnumerateArray(), e =>
            e.GetProperty("action").GetString() == "restricted-record-viewed" && e.GetProperty("actor").GetString() == "review-manager-1");
        await using var db = reviews.NewDbContext();
        var audit = await db.Set<AuditEntry>().SingleAsync(e => e.Action == "subject-access-searched");
        Assert.Equal(("SAR-2026-004", "dpo-1"), (audit.SubjectId, audit.Actor));
        Assert.DoesNotContain("Chris", audit.After!, StringComparison.OrdinalIgnoreCase);
    }
}
