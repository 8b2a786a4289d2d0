using System.Net;
using System.Net.Http.Json;
using System.Text;
using Consultation.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Consultation.Tests.Infrastructure.ConsultationRequests;

namespace Consultation.Tests.Api;

/// <summary>The public responds without an account: once per browser session, bad answers named, nothing half-stored.</summary>
public class PublicResponseTests(ConsultationApiFactory consultation) : IClassFixture<ConsultationApiFactory>
{
    private static readonly DateOnly OpensOn = new(2024, 9, 2);

    [Fact]
    public async Task A_browser_session_submits_once_even_when_it_submits_twice_at_the_same_moment()
    {
        consultation.Clock.Now = ConsultationApiFactory.DefaultNow;
        var id = await CreateOpenAsync(consultation.Officer(), OpensOn);
        var token = NewSessionToken();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => RespondAsync(consultation.Public(), id, Response(token))));

        Assert.Equal(1, attempts.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(attempts.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        await using var db = consultation.NewDbContext();
        Assert.Equal(1, await db.Responses.CountAsync(r => r.ConsultationId == id));
    }

    [Fact]
    public async Task Different_sessions_responding_concurrently_are_all_counted()
    {
        consultation.Clock.Now = ConsultationApiFactory.DefaultNow;
        var id = await CreateOpenAsync(consultation.Officer(), OpensOn);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => RespondAsync(consultation.Public(), id, Response(NewSessionToken(), i % 4 == 0 ? "no" : "yes"))));

        Assert.All(attempts, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var results = await ResultsAsync(consultation.Officer(), id);
        var know = results.Question("know-how-to-report-asb").GetProperty("county");
        Assert.Equal(20, know.GetProperty("answered").GetInt32());
        Assert.Equal(75.0m, know.GetProperty("options")[0].GetProperty("percent").GetDecimal());
    }

    public static TheoryData<string, string, string> Mistakes => new()
    {
        { "a short session token", """{"sessionToken":"abc","answers":{"priorities":{"ranking":["a","b","c"]}}}""", "SessionToken" },
        { "no answers", """{"sessionToken":"0123456789abcdef0123"}""", "answers" },
        { "a partial ranking", """{"sessionToken":"0123456789abcdef0123","answers":{"priorities":{"ranking":["a","b"]}}}""", "answers.priorities" },
        { "an unknown question", """{"sessionToken":"0123456789abcdef0123","answers":{"priorities":{"ranking":["a","b","c"]},"shoe-size":{"number":9}}}""", "answers.shoe-size" },
        { "a ranking given as text", """{"sessionToken":"0123456789abcdef0123","answers":{"priorities":{"ranking":"a,b,c"}}}""", "answers.priorities.ranking" },
        { "a field the form does not have", """{"sessionToken":"0123456789abcdef0123","answers":{"priorities":{"ranking":["a","b","c"],"colour":"red"}}}""", "answers.priorities.colour" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_bad_response_is_a_400_naming_the_field_and_stores_nothing(string mistake, string body, string field)
    {
        consultation.Clock.Now = ConsultationApiFactory.DefaultNow;
        var id = await CreateOpenAsync(consultation.Officer(), OpensOn);

        var response = await consultation.Public().PostAsync(
            $"/api/consultation/public/consultations/{id}/responses", new StringContent(body, Encoding.UTF8, "application/json"));

        var errors = (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.EnumerateObject().Any(e => e.Name.Equals(field, StringComparison.OrdinalIgnoreCase)), $"{mistake}: errors should name {field}: {errors}");
        await using var db = consultation.NewDbContext();
        Assert.Equal(0, await db.Responses.CountAsync(r => r.ConsultationId == id));
    }

    [Fact]
    public async Task Drafts_are_hidden_and_closed_consultations_refuse_responses()
    {
        consultation.Clock.Now = ConsultationApiFactory.DefaultNow;
        var officer = consultation.Officer();
        var draft = await CreateAsync(officer, OpensOn);
        Assert.Equal(HttpStatusCode.NotFound, (await consultation.Public().GetAsync($"/api/consultation/public/consultations/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await RespondAsync(consultation.Public(), draft, Response(NewSessionToken()))).StatusCode);

        var open = await CreateOpenAsync(officer, OpensOn);
        var form = await consultation.Public().GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/consultation/public/consultations/{open}");
        Assert.Equal(9, form.GetProperty("questions").GetArrayLength());

        consultation.Clock.Now = ConsultationApiFactory.DefaultNow.AddDays(60); // past the eight weeks
        var late = await RespondAsync(consultation.Public(), open, Response(NewSessionToken()));
        Assert.Equal("consultation-not-open", (await late.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Unpublished_results_are_not_public()
    {
        consultation.Clock.Now = ConsultationApiFactory.DefaultNow;
        var id = await CreateOpenAsync(consultation.Officer(), OpensOn);

        Assert.Equal(HttpStatusCode.NotFound, (await consultation.Public().GetAsync($"/api/consultation/public/consultations/{id}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await consultation.Public().GetAsync($"/api/consultation/consultations/{id}/results")).StatusCode);
    }
}
