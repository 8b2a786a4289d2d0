using System.Net.Http.Json;
using System.Net;
using CommunityTrigger.Tests.Infrastructure;
using Platform.Testing;

namespace CommunityTrigger.Tests;

/// <summary>Issue 14: a write PostgreSQL refuses (too long, not storable, a constraint) is answered 4xx naming the rule, never 500.</summary>
public class DatabaseRefusalTests(CommunityTriggerApiFactory trigger) : IClassFixture<CommunityTriggerApiFactory>
{
    [Theory]
    [MemberData(nameof(DatabaseRefusal.Cases), MemberType = typeof(DatabaseRefusal))]
    public async Task An_application_the_database_refuses_is_answered_with_the_rule(string sqlState, HttpStatusCode status, string rule)
    {
        var resident = trigger.Public();

        await DatabaseRefusal.AssertAnsweredWithRuleAsync(trigger.ConnectionString, "trigger_cases", sqlState, status, rule,
            () => resident.PostAsJsonAsync("/api/community-trigger/applications", TriggerRequests.Application()));
    }
}
