using System.Net.Http.Json;
using Funding.Api.Data;
using Funding.Api.Domain;
using Funding.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;

namespace Funding.Tests.Retention;

/// <summary>
/// The service's retention job removes an applicant's contact person six years after the grant closes and two years
/// after a decline, once, audited by count; an open grant's contact stays, and so do the organisation and the grant.
/// </summary>
public class ApplicantContactRetentionTests(FundingApiFactory funding) : IClassFixture<FundingApiFactory>
{
    [Fact]
    public async Task Contacts_go_six_years_after_the_grant_closes_and_two_after_a_decline_and_an_open_grant_keeps_its_contact()
    {
        funding.Clock.Now = FundingApiFactory.DefaultNow;
        var (_, roundId, priorityId) = await funding.OpenRoundAsync();
        var closedApplication = await funding.AssessedApplicationAsync(roundId, priorityId);
        var openApplication = await funding.AssessedApplicationAsync(roundId, priorityId);
        var declinedApplication = await funding.AssessedApplicationAsync(roundId, priorityId);
        var closedGrant = await AcceptedGrantAsync(closedApplication);
        await AcceptedGrantAsync(openApplication);
        await funding.GrantsOfficer().DecideAsync(declinedApplication, "decline").OkJsonAsync();
        await funding.GrantsOfficer().PostAsJsonAsync(
            $"/api/funding/grants/{closedGrant}/closure", new { impact = "Fewer calls about ASB", addedValue = "Volunteers trained" }).OkJsonAsync();

        funding.Clock.Now = FundingApiFactory.DefaultNow.AddYears(2).AddDays(1);
        var afterTwoYears = await funding.RunRetentionAsync<FundingDbContext>();
        funding.Clock.Now = FundingApiFactory.DefaultNow.AddYears(6).AddDays(-1);
        var beforeSix = await funding.RunRetentionAsync<FundingDbContext>();
        funding.Clock.Now = FundingApiFactory.DefaultNow.AddYears(6).AddDays(2);
        var afterSix = await funding.RunRetentionAsync<FundingDbContext>();
        var again = await funding.RunRetentionAsync<FundingDbContext>();
        funding.Clock.Now = FundingApiFactory.DefaultNow;

        Assert.Equal((0, 1), (afterTwoYears["funding-contact-grant-closed"], afterTwoYears["funding-contact-declined"]));
        Assert.Equal((0, 0), (beforeSix["funding-contact-grant-closed"], beforeSix["funding-contact-declined"]));
        Assert.Equal((1, 0), (afterSix["funding-contact-grant-closed"], afterSix["funding-contact-declined"]));
        Assert.Equal((0, 0), (again["funding-contact-grant-closed"], again["funding-contact-declined"]));
        await using var db = funding.NewDbContext();
        var contacts = await db.Applications.AsNoTracking()
            .Where(a => a.Id == closedApplication || a.Id == openApplication || a.Id == declinedApplication)
            .ToDictionaryAsync(a => a.Id, a => a.Contact);
        Assert.Equal(new Contact(GrantApplication.Removed, GrantApplication.Removed, null), contacts[closedApplication]);
        Assert.Equal(new Contact(GrantApplication.Removed, GrantApplication.Removed, null), contacts[declinedApplication]);
        Assert.Equal("sam.applicant@example.org", contacts[openApplication].Email);
        var grant = await db.Grants.AsNoTracking().SingleAsync(g => g.Id == closedGrant);
        Assert.Equal(("Norwich Youth Project", GrantStatus.Closed), (grant.RecipientOrganisation, grant.Status));
        var audit = await db.Set<AuditEntry>().Where(e => e.Action == "retention-applied").Select(e => e.After).ToListAsync();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, after => Assert.DoesNotContain("sam", after, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<Guid> AcceptedGrantAsync(Guid applicationId)
    {
        var grantId = (await funding.GrantsOfficer().DecideAsync(applicationId, "award").OkJsonAsync()).GetProperty("grantId").GetGuid();
        await funding.Partner("norwich-youth-project", "applicant-1").PostAsync($"/api/funding/grants/{grantId}/acceptance", null).OkJsonAsync();
        return grantId;
    }
}
