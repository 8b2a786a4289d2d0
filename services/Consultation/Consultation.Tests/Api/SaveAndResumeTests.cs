using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Consultation.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Consultation.Tests.Infrastructure.ConsultationRequests;

namespace Consultation.Tests.Api;

/// <summary>
/// Save and resume by a secret link: a respondent saves part of the form, comes back with the link (no account), and
/// submits; a draft is never counted, and drafts left unsubmitted are gone when the consultation closes.
/// </summary>
public class SaveAndResumeTests(ConsultationApiFactory consultation) : IClassFixture<ConsultationApiFactory>
{
    private static readonly DateOnly OpensOn = new(2024, 9, 2);

    [Fact]
    public async Task A_respondent_saves_part_of_the_form_resumes_by_the_secret_link_and_submits_once_counted()
    {
        consultation.Clock.Now = ConsultationApiFactory.DefaultNow;
        var id = await CreateOpenAsync(consultation.Officer(), OpensOn);
        var browser = consultation.Public();

        // The required ranking is not answered yet: a draft may wait for it.
        var saved = await browser.PostAsJsonAsync($"/api/consultation/public/consultations/{id}/drafts", new
        {
            answers = new Dictionary<string, object> { ["know-how-to-report-asb"] = new { choice = "no" }, ["why-not"] = new { text = "Never told" } },
        });
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var receipt = await saved.Content.ReadFromJsonAsync<JsonElement>();
        var key = receipt.GetProperty("resumeKey").GetString()!;
        Assert.True(key.Length >= 40, "the key should be long enough not to be guessed");
        Assert.Equal($"/api/consultation/public/drafts/{key}", saved.Headers.Location?.OriginalString);

        await using (var db = consultation.NewDbContext())
        {
            var stored = await db.ResponseDrafts.SingleAsync(d => d.ConsultationId == id);
            Assert.NotEqual(key, stored.KeyHash); // only the hash is kept
            Assert.Equal(0, await db.Responses.CountAsync(r => r.ConsultationId == id));
        }

        // Later, on another device: no cookie, no account, just the link.
        var resumed = await consultation.Public().GetFromJsonAsync<JsonElement>($"/api/consultation/public/drafts/{key}");
        Assert.Equal("no", resumed.GetProperty("answers").GetProperty("know-how-to-report-asb").GetProperty("choice").GetString());
        Assert.Equal(id, resumed.GetProperty("consultationId").GetGuid());
        var again = await consultation.Public().PostAsJsonAsync($"/api/consultation/public/drafts/{key}", new
        {
            answers = new Dictionary<string, object> { ["know-how-to-report-asb"] = new { choice = "yes" }, ["priorities"] = new { ranking = new[] { "b", "a", "c" } } },
        });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.False((await again.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("resumeKey", out var shown) && shown.ValueKind != JsonValueKind.Null);
        Assert.Equal(0, (await ResultsAsync(consultation.Officer(), id)).GetProperty("respondents").GetInt32());

        var submitted = await consultation.Public().PostAsJsonAsync($"/api/consultation/public/consultations/{id}/responses", new
        {
            sessionToken = NewSessionToken(),
            resumeKey = key,
            answers = new Dictionary<string, object> { ["know-how-to-report-asb"] = new { choice = "yes" }, ["priorities"] = new { ranking = new[] { "b", "a", "c" } } },
        });

        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        Assert.Equal(1, (await ResultsAsync(consultation.Officer(), id)).GetProperty("respondents").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await consultation.Public().GetAsync($"/api/consultation/public/drafts/{key}")).StatusCode);
        await using var after = consultation.NewDbContext();
        Assert.Equal(0, await after.ResponseDrafts.CountAsync(d => d.ConsultationId == id));
    }

    [Fact]
    public async Task A_draft_answer_that_does_not_fit_its_question_is_named_and_a_guessed_key_finds_nothing()
    {
        consultation.Clock.Now = ConsultationApiFactory.DefaultNow;
        var id = await CreateOpenAsync(consultation.Officer(), OpensOn);

        var bad = await consultation.Public().PostAsJsonAsync($"/api/consultation/public/consultations/{id}/drafts", new
        {
            answers = new Dictionary<string, object> { ["years-lived"] = new { number = 500 }, ["shoe-size"] = new { number = 9 } },
        });

        var errors = (await bad.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("answers.years-lived", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("answers.shoe-size", out _), errors.ToString());
        var guessed = await consultation.Public().GetAsync($"/api/consultation/public/drafts/{new string('A', 43)}");
        Assert.Equal("draft-not-found", (await guessed.ReadProblemAsync(HttpStatusCode.NotFound)).GetProperty("rule").GetString());
        var wrongKey = await RespondAsync(consultation.Public(), id, new
        {
            sessionToken = NewSessionToken(),
            resumeKey = new string('B', 43),
            answers = new Dictionary<string, object> { ["priorities"] = new { ranking = new[] { "a", "b", "c" } } },
        });
        Assert.Equal(HttpStatusCode.NotFound, wrongKey.StatusCode);
    }

    [Fact]
    public async Task Drafts_never_submitted_are_deleted_when_the_consultation_closes_and_cannot_be_resumed()
    {
        consultation.Clock.Now = ConsultationApiFactory.DefaultNow;
        var officer = consultation.Officer();
        var id = await CreateOpenAsync(officer, OpensOn);
        var saved = await consultation.Public().PostAsJsonAsync($"/api/consultation/public/consultations/{id}/drafts", new
        {
            answers = new Dictionary<string, object> { ["know-how-to-report-asb"] = new { choice = "no" }, ["why-not"] = new { text = "Nobody said" } },
        });
        var key = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("resumeKey").GetString();

        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/consultation/consultations/{id}/close", null)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await consultation.Public().GetAsync($"/api/consultation/public/drafts/{key}")).StatusCode);
        await using var db = consultation.NewDbContext();
        Assert.Equal(0, await db.ResponseDrafts.CountAsync(d => d.ConsultationId == id));
        Assert.Equal(0, await db.Comments.CountAsync(c => c.ConsultationId == id)); // the unsubmitted free text was never a comment
    }
}
