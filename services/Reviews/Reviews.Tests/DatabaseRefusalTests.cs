using System.Net.Http.Json;
using System.Net;
using Platform.Testing;
using Reviews.Tests.Infrastructure;

namespace Reviews.Tests;

/// <summary>Issue 14: a write PostgreSQL refuses (too long, not storable, a constraint) is answered 4xx naming the rule, never 500.</summary>
public class DatabaseRefusalTests(ReviewsApiFactory reviews) : IClassFixture<ReviewsApiFactory>
{
    [Theory]
    [MemberData(nameof(DatabaseRefusal.Cases), MemberType = typeof(DatabaseRefusal))]
    public async Task A_notification_the_database_refuses_is_answered_with_the_rule(string sqlState, HttpStatusCode status, string rule)
    {
        var police = reviews.PolicePartnerSystem();

        await DatabaseRefusal.AssertAnsweredWithRuleAsync(reviews.ConnectionString, "review_cases", sqlState, status, rule,
            () => police.PostAsJsonAsync("/api/reviews/notifications", ReviewRequests.Notification()));
    }
}
