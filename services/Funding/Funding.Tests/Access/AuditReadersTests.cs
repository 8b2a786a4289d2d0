using Funding.Tests.Infrastructure;
using Platform.Contracts;

namespace Funding.Tests.Access;

/// <summary>
/// Funding's audit log is read by its owners: grants officers see the money they moved (with before and after), as do
/// auditors; ops see only technical entries (reads of the log), never a decision.
/// </summary>
public class AuditReadersTests(FundingApiFactory funding) : IClassFixture<FundingApiFactory>
{
    [Fact]
    public async Task Grants_officers_and_auditors_read_the_money_changes_and_ops_only_the_technical_entries()
    {
        var (_, roundId, priorityId) = await funding.OpenRoundAsync(perYear: 50_000m);
        var applicationId = await funding.AssessedApplicationAsync(roundId, priorityId, 20_000m);
        await funding.GrantsOfficer().DecideAsync(applicationId, "part-award", 15_000m, "Year one only").OkJsonAsync();
        var auditor = funding.ClientWithToken(funding.Token(Agencies.Opcc, [Roles.Auditor], subject: "auditor-1"));
        var ops = funding.ClientWithToken(funding.Token(Agencies.Opcc, [Roles.Ops], subject: "ops-1"));

        var byOfficer = await Actions(funding.GrantsOfficer());
        var byAuditor = await Actions(auditor);
        var byOps = await Actions(ops);

        Assert.Contains("budget-committed", byOfficer);
        Assert.Contains("budget-committed", byAuditor);
        Assert.DoesNotContain("budget-committed", byOps);
        Assert.Contains("audit-log-read", byOps);
        Assert.All(byOps, action => Assert.Equal("audit-log-read", action));
    }

    private static async Task<List<string>> Actions(HttpClient client)
    {
        var page = await client.GetAsync("/api/funding/audit?pageSize=500").OkJsonAsync();
        return [.. page.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("action").GetString()!)];
    }
}
