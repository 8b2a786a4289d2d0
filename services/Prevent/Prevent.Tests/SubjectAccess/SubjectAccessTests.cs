using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.Testing;
using Prevent.Tests.Infrastructure;
using static Prevent.Tests.Infrastructure.PreventRequests;

namespace Prevent.Tests.SubjectAccess;

/// <summary>
/// A subject access request: the data protection officer finds every referral of one person (name in any case, and
/// date of birth) with the audit entries about it; the search is audited by reference and count, never the name.
/// </summary>
public class SubjectAccessTests(PreventApiFactory prevent) : IClassFixture<PreventApiFactory>
{
    [Fact]
    public async Task The_dpo_gets_the_person_s_referrals_and_who_did_what_with_them_and_the_search_is_audited_without_the_name()
    {
        prevent.Clock.Now = PreventApiFactory.DefaultNow;
        var theirs = await prevent.PartnerSystem().SubmittedAsync(Referral(name: "Robin Subjectaccess", dateOfBirth: "2009-03-01"));
        await prevent.PartnerSystem().SubmittedAsync(Referral(name: "Robin Subjectaccess", dateOfBirth: "2010-05-05"));
        await prevent.PartnerSystem().SubmittedAsync(Referral(name: "Sam Someoneelse", dateOfBirth: "2009-03-01"));
        var dpo = prevent.As(Agencies.CountyCouncil, Roles.DataProtectionOfficer);

        var response = await dpo.PostAsJsonAsync("/api/prevent/subject-access", new { reference = "SAR-2025-017", name = "robin SUBJECTACCESS", dateOfBirth = "2009-03-01" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var export = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("SAR-2025-017", "prevent"), (export.GetProperty("reference").GetString(), export.GetProperty("service").GetString()));
        var record = Assert.Single(export.GetProperty("records").EnumerateArray());
        Assert.Equal(("Referral", theirs.Id.ToString()), (record.GetProperty("type").GetString(), record.GetProperty("id").GetString()));
        Assert.Equal("Robin Subjectaccess", record.GetProperty("data").GetProperty("person").GetProperty("name").GetString());
        Assert.Contains(export.GetProperty("auditEntries").EnumerateArray(), e =>
            e.GetProperty("action").GetString() == "referral-received" && e.GetProperty("subjectId").GetString() == theirs.Id.ToString());

        await using var db = prevent.NewDbContext();
        var audit = await db.Set<AuditEntry>().SingleAsync(e => e.Action == "subject-access-searched");
        Assert.Equal(("subject-access", "SAR-2025-017"), (audit.SubjectType, audit.SubjectId));
        Assert.Matches("\"records\":\\s*1\\b", audit.After);
        Assert.DoesNotContain("Robin", audit.After!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_search_without_a_reference_is_refused_naming_the_field_and_a_prevent_lead_may_not_search()
    {
        var dpo = prevent.As(Agencies.CountyCouncil, Roles.DataProtectionOfficer);

        var noReference = await dpo.PostAsJsonAsync("/api/prevent/subject-access", new { reference = " ", name = "Robin Subjectaccess" });
        var byLead = await prevent.PreventLead().PostAsJsonAsync("/api/prevent/subject-access", new { reference = "SAR-1", name = "Robin Subjectaccess" });

        var problem = await noReference.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("reference", out _), problem.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, byLead.StatusCode);
    }
}
