using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommunityTrigger.Api.Domain;
using CommunityTrigger.Tests.Domain;
using CommunityTrigger.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Audit;

namespace CommunityTrigger.Tests.SubjectAccess;

/// <summary>
/// A subject access request: the data protection officer finds the cases where the person applied (by name or email)
/// or is named among the people affected, and nobody else's; a SPOC may not search.
/// </summary>
public class SubjectAccessTests(CommunityTriggerApiFactory trigger) : IClassFixture<CommunityTriggerApiFactory>
{
    private static readonly DateTimeOffset Received = new(2025, 7, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_dpo_finds_the_cases_naming_the_person_as_applicant_by_name_or_email_or_as_affected()
    {
        _ = trigger.Services;
        var byName = Case(new Applicant("Jo Subjectaccess", null, null, "1 High St", ApplicantCapacity.Victim, null, false));
        var byEmail = Case(new Applicant("J. S.", "JO.SA@example.org", null, null, ApplicantCapacity.Victim, null, false));
        var affected = Case(new Applicant("Lee Neighbour", "lee@example.org", null, null, ApplicantCapacity.Representative, "Jo Subjectaccess", ConsentRecorded: true),
            [new AffectedPerson("jo subjectaccess", false)]);
        var unrelated = Case(new Applicant("Kim Unrelated", "kim@example.org", null, null, ApplicantCapacity.Victim, null, false));
        await using (var db = trigger.NewDbContext())
        {
            db.Cases.AddRange(byName, byEmail, affected, unrelated);
            await db.SaveChangesAsync();
        }

        var dpo = trigger.ClientWithToken(trigger.Token(Agencies.Opcc, [Roles.DataProtectionOfficer]));
        var response = await dpo.PostAsJsonAsync(
            "/api/community-trigger/subject-access", new { reference = "SAR-2025-031", name = "JO SUBJECTACCESS", email = "jo.sa@example.org" });
        var bySpoc = await trigger.Spoc().PostAsJsonAsync("/api/community-trigger/subject-access", new { reference = "SAR-1", name = "Jo Subjectaccess" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var export = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            new[] { byName.Id, byEmail.Id, affected.Id }.Select(id => id.ToString()).Order(),
            export.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Order());
        Assert.Equal(HttpStatusCode.Forbidden, bySpoc.StatusCode);
        await using var check = trigger.NewDbContext();
        var audit = await check.Set<AuditEntry>().SingleAsync(e => e.Action == "subject-access-searched");
        Assert.Equal("SAR-2025-031", audit.SubjectId);
        Assert.DoesNotContain("jo", audit.After!, StringComparison.OrdinalIgnoreCase);
    }

    private static TriggerCase Case(Applicant applicant, IReadOnlyList<AffectedPerson>? affected = null) => TriggerCase.Receive(
        TriggerCaseTests.Application() with { Applicant = applicant, PeopleAffected = affected ?? [] },
        StatusToken.Hash(Guid.NewGuid().ToString()), Received, new DeadlinePolicy(), WorkingDayCalendar.EnglandAndWales);
}
