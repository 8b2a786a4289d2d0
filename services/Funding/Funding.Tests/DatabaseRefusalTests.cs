using System.Net.Http.Json;
using System.Net;
using Funding.Tests.Infrastructure;
using Platform.Testing;

namespace Funding.Tests;

/// <summary>Issue 14: a write PostgreSQL refuses (too long, not storable, a constraint) is answered 4xx naming the rule, never 500.</summary>
public class DatabaseRefusalTests(FundingApiFactory funding) : IClassFixture<FundingApiFactory>
{
    [Theory]
    [MemberData(nameof(DatabaseRefusal.Cases), MemberType = typeof(DatabaseRefusal))]
    public async Task A_fund_the_database_refuses_is_answered_with_the_rule(string sqlState, HttpStatusCode status, string rule)
    {
        var officer = funding.GrantsOfficer();

        await DatabaseRefusal.AssertAnsweredWithRuleAsync(funding.ConnectionString, "funds", sqlState, status, rule,
            () => officer.PostAsJsonAsync("/api/funding/funds", FundingRequests.PerYearFund($"fund-{Guid.NewGuid():N}", 100_000m)));
    }
}
