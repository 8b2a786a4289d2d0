using System.Net.Http.Json;
using System.Net;
using Plans.Tests.Infrastructure;
using Plans.Tests.Priorities;
using Platform.Testing;

namespace Plans.Tests;

/// <summary>Issue 14: a write PostgreSQL refuses (too long, not storable, a constraint) is answered 4xx naming the rule, never 500.</summary>
public class DatabaseRefusalTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    [Theory]
    [MemberData(nameof(DatabaseRefusal.Cases), MemberType = typeof(DatabaseRefusal))]
    public async Task A_priority_the_database_refuses_is_answered_with_the_rule(string sqlState, HttpStatusCode status, string rule)
    {
        var officer = plans.PartnershipOfficer();

        await DatabaseRefusal.AssertAnsweredWithRuleAsync(plans.ConnectionString, "priorities", sqlState, status, rule,
            () => officer.PostAsJsonAsync("/api/plans/priorities", PriorityRequests.ValidProposal()));
    }
}
