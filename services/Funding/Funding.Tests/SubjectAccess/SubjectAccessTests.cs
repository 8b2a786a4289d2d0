using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Funding.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Audit;

namespace Funding.Tests.SubjectAccess;

/// <summary>A subject access request finds the applications naming the person as contact, by name or by email.</summary>
public class SubjectAccessTests(FundingApiFactory funding) : IClassFixture<FundingApiFactory>
{
    [Fact]
    public async Task The_dpo_finds_the_applications_with_the_person_as_contact_and_a_grants_officer_may_not_search()
    {
        var (_, roundId, priorityId) = await funding.OpenRoundAsync();
        var theirs = FundingRequests.Application(roundId, priorityId);
        theirs["contact"] = new { name = "Morgan Subjectaccess", email = "morgan.sa@example.org" };
        var byEmail = FundingRequests.Application(roundId, priorityId);
        byEmail["contact"] = new { name = "M. Subjectaccess", email = "Morgan.SA@example.org" };
        var applicant = funding.Partner("norwich-youth-project", "applicant-1");
        var theirsId = await applicant.PostAsJsonAsync("/api/funding/applications", theirs).CreatedIdAsync();
        var byEmailId = await applicant.PostAsJsonAsync("/api/funding/applications", byEmail).CreatedIdAsync();
        await applicant.PostAsJsonAsync("/api/funding/applications", FundingRequests.Application(roundId, priorityId)).CreatedIdAsync();
        var dpo = funding.ClientWithToken(funding.Token(Agencies.Opcc, [Roles.DataProtectionOfficer], subject: "dpo-1"));
        var search = new { reference = "SAR-2025-040", name = "morgan subjectaccess", email = "morgan.sa@example.org" };

        var export = await dpo.PostAsJsonAsync("/api/funding/subject-access", search).OkJsonAsync();
        var byOfficer = await funding.GrantsOfficer().PostAsJsonAsync("/api/funding/subject-access", search);

        Assert.Equal(
            new[] { theirsId, byEmailId }.Select(id => id.ToString()).Order(),
            export.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Order());
        Assert.Contains(export.GetProperty("records").EnumerateArray(), r =>
            r.GetProperty("data").GetProperty("contact").GetProperty("name").GetString() == "Morgan Subjectaccess");
        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
        await using var db = funding.NewDbContext();
        var audit = await db.Set<AuditEntry>().SingleAsync(e => e.Action == "subject-access-searched");
        Assert.Equal("SAR-2025-040", audit.SubjectId);
        Assert.DoesNotContain("morgan", audit.After!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(JsonValueKind.Array, export.GetProperty("auditEntries").ValueKind);
    }
}
