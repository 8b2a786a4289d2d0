using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Funding.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Audit;

namespace Funding.Tests.Applications;

/// <summary>From a round to an award as a grants officer, an applicant and an assessor use it, and who sees what.</summary>
public class ApplicationFlowTests(FundingApiFactory funding) : IClassFixture<FundingApiFactory>
{
    [Fact]
    public async Task An_assessed_application_is_awarded_and_the_ledger_shows_the_commitment_per_year_and_priority()
    {
        var (fundId, roundId, priorityId) = await funding.OpenRoundAsync(perYear: 100_000m);
        var applicationId = await funding.AssessedApplicationAsync(roundId, priorityId, 12_500m);

        var decided = await funding.GrantsOfficer().DecideAsync(applicationId, "award").OkJsonAsync();

        Assert.Equal("awarded", decided.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, decided.GetProperty("grantId").ValueKind);
        var ledger = await funding.GrantsOfficer().GetAsync($"/api/funding/funds/{fundId}/ledger").OkJsonAsync();
        var year = ledger.GetProperty("periods").EnumerateArray().Single(p => p.GetProperty("period").GetString() == "2025/26");
        Assert.Equal((12_500m, 87_500m), (year.GetProperty("committed").GetDecimal(), year.GetProperty("remaining").GetDecimal()));
        var priority = Assert.Single(ledger.GetProperty("priorities").EnumerateArray());
        Assert.Equal((priorityId, 12_500m), (priority.GetProperty("priorityId").GetGuid(), priority.GetProperty("committed").GetDecimal()));
        Assert.Equal(300_000m, ledger.GetProperty("total").GetProperty("budget").GetDecimal());
    }

    [Fact]
    public async Task The_money_a_decision_commits_is_audited_with_the_budget_before_and_after()
    {
        var (fundId, roundId, priorityId) = await funding.OpenRoundAsync(perYear: 50_000m);
        var applicationId = await funding.AssessedApplicationAsync(roundId, priorityId, 20_000m);

        await funding.GrantsOfficer().DecideAsync(applicationId, "part-award", 15_000m, "Year one only").OkJsonAsync();

        await using var db = funding.NewDbContext();
        var entry = await db.Set<AuditEntry>().SingleAsync(e => e.Action == "budget-committed" && e.SubjectId == $"{fundId}/2025/26");
        Assert.Equal("grants-officer-1", entry.Actor);
        Assert.Equal(0m, JsonDocument.Parse(entry.Before!).RootElement.GetProperty("committed").GetDecimal());
        Assert.Equal(15_000m, JsonDocument.Parse(entry.After!).RootElement.GetProperty("committed").GetDecimal());
        Assert.DoesNotContain("sam.applicant@example.org", (await db.Set<AuditEntry>().Select(e => e.After).ToListAsync()).Where(a => a != null)!);
    }

    [Fact]
    public async Task A_partner_system_or_person_cannot_apply_for_another_organisation_and_a_grants_officer_may_enter_one()
    {
        var (_, roundId, priorityId) = await funding.OpenRoundAsync();
        var forAnother = FundingRequests.Application(roundId, priorityId);
        forAnother["applicantAgency"] = "breckland-council";
        var partnerSystem = funding.ClientWithToken(funding.Token("norwich-youth-project", [Roles.PartnerSystem], subject: "client:youth-crm"));

        var bySystem = await partnerSystem.PostAsJsonAsync("/api/funding/applications", forAnother);
        var byPerson = await funding.Partner("norwich-youth-project", "applicant-1").PostAsJsonAsync("/api/funding/applications", forAnother);
        var byOfficer = await funding.GrantsOfficer().PostAsJsonAsync("/api/funding/applications", forAnother).CreatedIdAsync();

        foreach (var refused in new[] { bySystem, byPerson })
        {
            var problem = await refused.ReadProblemAsync(HttpStatusCode.Forbidden);
            Assert.Equal("not-your-organisation", problem.GetProperty("rule").GetString());
        }

        await using var db = funding.NewDbContext();
        Assert.Equal(["breckland-council"], await db.Applications.Where(a => a.RoundId == roundId).Select(a => a.ApplicantAgency).ToListAsync());
        Assert.NotEqual(Guid.Empty, byOfficer);
    }

    [Fact]
    public async Task Applicants_see_their_own_organisation_applications_with_the_contact_and_nobody_else_does()
    {
        var (_, roundId, priorityId) = await funding.OpenRoundAsync();
        var applicationId = await funding.AssessedApplicationAsync(roundId, priorityId);

        var colleague = await funding.Partner("norwich-youth-project", "applicant-2").GetAsync($"/api/funding/applications/{applicationId}").OkJsonAsync();
        Assert.Equal("sam.applicant@example.org", colleague.GetProperty("contact").GetProperty("email").GetString());
        Assert.Empty(colleague.GetProperty("assessments").EnumerateArray()); // other people's scores are the panel's

        var assessor = await funding.Partner("norfolk-constabulary", "assessor-1").GetAsync($"/api/funding/applications/{applicationId}").OkJsonAsync();
        Assert.Equal(JsonValueKind.Null, assessor.GetProperty("contact").ValueKind);

        await (await funding.Partner("breckland-council", "other-1").GetAsync($"/api/funding/applications/{applicationId}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await funding.Partner("norfolk-constabulary", "assessor-9").GetAsync($"/api/funding/applications/{applicationId}")).ReadProblemAsync(HttpStatusCode.NotFound);
        var others = await funding.Partner("breckland-council", "other-1").GetAsync("/api/funding/applications").OkJsonAsync();
        Assert.DoesNotContain(others.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetGuid() == applicationId);
    }

    [Fact]
    public async Task Only_the_assigned_assessor_scores_and_no_one_from_the_applicant_organisation_can_be_assigned()
    {
        var (_, roundId, priorityId) = await funding.OpenRoundAsync();
        var applicationId = await funding.Partner("norwich-youth-project", "applicant-1")
            .PostAsJsonAsync("/api/funding/applications", FundingRequests.Application(roundId, priorityId)).CreatedIdAsync();

        var conflicted = await funding.GrantsOfficer().PostAsJsonAsync(
            $"/api/funding/applications/{applicationId}/assessments", new { assessorId = "trustee-1", assessorAgency = "norwich-youth-project" });
        Assert.Equal("conflict-of-interest", (await conflicted.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());

        var unassigned = await funding.Partner("norfolk-constabulary", "assessor-7").PutAsJsonAsync(
            $"/api/funding/applications/{applicationId}/assessments/mine", new { scores = new { need = 5, value = 5 } });
        await unassigned.ReadProblemAsync(HttpStatusCode.NotFound);

        var undecidable = await funding.GrantsOfficer().DecideAsync(applicationId, "award");
        Assert.Equal("application-not-assessed", (await undecidable.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task An_application_targets_a_live_priority_and_names_every_missing_field()
    {
        var (_, roundId, _) = await funding.OpenRoundAsync();
        var retired = await funding.AdoptedPriorityAsync("Retired priority", retired: true);
        var applicant = funding.Partner("norwich-youth-project", "applicant-1");

        var againstRetired = await applicant.PostAsJsonAsync("/api/funding/applications", FundingRequests.Application(roundId, retired));
        Assert.Equal("priority-not-live", (await againstRetired.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());

        var incomplete = FundingRequests.Application(roundId, Guid.NewGuid());
        incomplete["evidenceOfNeed"] = "";
        incomplete["objectives"] = new[] { new { description = "Contribute to the DAAT", measure = "" } };
        var problem = await (await applicant.PostAsJsonAsync("/api/funding/applications", incomplete)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains(errors, e => e.Equals("evidenceOfNeed", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(errors, e => e.Contains("measure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Funds_and_decisions_are_for_grants_officers()
    {
        var (fundId, roundId, priorityId) = await funding.OpenRoundAsync();
        var applicationId = await funding.AssessedApplicationAsync(roundId, priorityId);
        var applicant = funding.Partner("norwich-youth-project", "applicant-1");

        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.DecideAsync(applicationId, "award")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.GetAsync($"/api/funding/funds/{fundId}/ledger")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await funding.Scrutiny().PostAsJsonAsync("/api/funding/funds", FundingRequests.PerYearFund("x", 1m))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await funding.Scrutiny().GetAsync($"/api/funding/funds/{fundId}/ledger")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await funding.Anonymous().GetAsync("/api/funding/rounds")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await applicant.GetAsync($"/api/funding/rounds/{roundId}")).StatusCode);
    }
}
