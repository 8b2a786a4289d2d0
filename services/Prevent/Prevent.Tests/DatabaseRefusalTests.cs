using System.Net;
using Platform.Testing;
using Prevent.Tests.Infrastructure;

namespace Prevent.Tests;

/// <summary>Issue 14: a write PostgreSQL refuses (too long, not storable, a constraint) is answered 4xx naming the rule, never 500.</summary>
public class DatabaseRefusalTests(PreventApiFactory prevent) : IClassFixture<PreventApiFactory>
{
    [Theory]
    [MemberData(nameof(DatabaseRefusal.Cases), MemberType = typeof(DatabaseRefusal))]
    public async Task A_referral_the_database_refuses_is_answered_with_the_rule(string sqlState, HttpStatusCode status, string rule)
    {
        var partner = prevent.PartnerSystem();

        await DatabaseRefusal.AssertAnsweredWithRuleAsync(prevent.ConnectionString, "referrals", sqlState, status, rule,
            () => partner.SubmitAsync(PreventRequests.Referral()));
    }
}
