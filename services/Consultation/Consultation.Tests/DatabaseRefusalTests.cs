using System.Net.Http.Json;
using System.Net;
using Consultation.Tests.Infrastructure;
using Platform.Testing;

namespace Consultation.Tests;

/// <summary>Issue 14: a write PostgreSQL refuses (too long, not storable, a constraint) is answered 4xx naming the rule, never 500.</summary>
public class DatabaseRefusalTests(ConsultationApiFactory consultation) : IClassFixture<ConsultationApiFactory>
{
    [Theory]
    [MemberData(nameof(DatabaseRefusal.Cases), MemberType = typeof(DatabaseRefusal))]
    public async Task A_consultation_the_database_refuses_is_answered_with_the_rule(string sqlState, HttpStatusCode status, string rule)
    {
        var officer = consultation.Officer();

        await DatabaseRefusal.AssertAnsweredWithRuleAsync(consultation.ConnectionString, "consultations", sqlState, status, rule,
            () => officer.PostAsJsonAsync("/api/consultation/consultations", ConsultationRequests.Design(new DateOnly(2024, 9, 2)), TestJson.Options));
    }
}
