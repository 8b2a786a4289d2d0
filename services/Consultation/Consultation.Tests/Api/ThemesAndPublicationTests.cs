using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Consultation.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Consultation.Tests.Infrastructure.ConsultationRequests;

namespace Consultation.Tests.Api;

/// <summary>Analysts code comments, a second coder checks, quotes are reviewed; the owners publish "you said, we did".</summary>
public class ThemesAndPublicationTests(ConsultationApiFactory consultation) : IClassFixture<ConsultationApiFactory>
{
    private static readonly DateOnly OpensOn = new(2024, 9, 2);

    [Fact]
    public async Task Coded_comments_give_the_most_common_themes_agreement_and_only_reviewed_quotes_and_the_results_publish_without_free_text()
    {
        consultation.Clock.Now = ConsultationApiFactory.DefaultNow;
        var officer = consultation.Officer();
        var id = await CreateOpenAsync(officer, OpensOn);
        var texts = new[] { "Never told how - I live at 4 Acacia Road", "No idea who to call", "Nobody explained it" };
        foreach (var text in texts)
        {
            var answered = await RespondAsync(consultation.Public(), id, new
            {
                sessionToken = NewSessionToken(),
                answers = new Dictionary<string, object>
                {
                    ["priorities"] = new { ranking = new[] { "a", "b", "c" } },
                    ["know-how-to-report-asb"] = new { choice = "no" },
                    ["why-not"] = new { text = text[..Math.Min(text.Length, 50)] },
                },
            });
            Assert.Equal(HttpStatusCode.Created, answered.StatusCode);
        }

        var analyst = consultation.Analyst();
        var frame = await analyst.PutAsJsonAsync($"/api/consultation/consultations/{id}/code-frame", new
        {
            themes = new[] { new { code = "not-told", label = "Nobody told them how" }, new { code = "who-to-call", label = "Do not know who to call" } },
        });
        Assert.Equal(HttpStatusCode.OK, frame.StatusCode);
        var comments = (await analyst.GetFromJsonAsync<JsonElement>($"/api/consultation/consultations/{id}/comments?uncoded=true")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, comments.Count);
        var ids = comments.ToDictionary(c => c.GetProperty("text").GetString()!, c => c.GetProperty("id").GetGuid());
        await CodeAsync(analyst, id, ids[texts[0]], "coding", "not-told");
        await CodeAsync(analyst, id, ids[texts[1]], "coding", "who-to-call");
        await CodeAsync(analyst, id, ids[texts[2]], "coding", "not-told");

        var sameCoder = await analyst.PutAsJsonAsync($"/api/consultation/consultations/{id}/comments/{ids[texts[0]]}/check", new { themes = new[] { "not-told" } });
        Assert.Equal("checker-is-coder", (await sameCoder.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        var second = consultation.Analyst("analyst-2");
        await CodeAsync(second, id, ids[texts[0]], "check", "not-told");
        await CodeAsync(second, id, ids[texts[1]], "check", "not-told");
        var unknownTheme = await analyst.PutAsJsonAsync($"/api/consultation/consultations/{id}/comments/{ids[texts[2]]}/coding", new { themes = new[] { "made-up" } });
        Assert.Equal("theme-not-in-code-frame", (await unknownTheme.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());

        var quote = await analyst.PutAsJsonAsync($"/api/consultation/consultations/{id}/comments/{ids[texts[0]]}/quote", new { quote = "Never told how" });
        Assert.Equal(HttpStatusCode.OK, quote.StatusCode);

        var summary = await analyst.GetFromJsonAsync<JsonElement>($"/api/consultation/consultations/{id}/themes");
        var top = summary.GetProperty("topFive").EnumerateArray().ToList();
        Assert.Equal([("not-told", 2), ("who-to-call", 1)], top.Select(t => (t.GetProperty("code").GetString(), t.GetProperty("comments").GetInt32())));
        Assert.Equal(["Never told how"], top[0].GetProperty("reviewedQuotes").EnumerateArray().Select(q => q.GetString()));
        Assert.Equal(50.0m, summary.GetProperty("agreement").GetProperty("percent").GetDecimal());

        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/consultation/consultations/{id}/close", null)).StatusCode);
        var published = await officer.PostAsJsonAsync($"/api/consultation/consultations/{id}/publish-results", new
        {
            summary = "You told us nobody explains how to report.",
            themeResponses = new[] { new { theme = "not-told", weDid = "A reporting guide goes to every household." } },
            planChanges = new[] { "Public awareness enabler: reporting campaign." },
        });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);

        var page = await (await consultation.Public().GetAsync($"/api/consultation/public/consultations/{id}/you-said-we-did.html")).Content.ReadAsStringAsync();
        Assert.Contains("Never told how", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Acacia", page, StringComparison.Ordinal);
        Assert.Contains("A reporting guide goes to every household.", page, StringComparison.Ordinal);

        await using var db = consultation.NewDbContext();
        var events = await db.EventsAboutAsync(id);
        var resultsPublished = events.Single(e => e.MessageType == "csp:consultation:results-published:v1");
        Assert.DoesNotContain("Acacia", resultsPublished.Payload, StringComparison.Ordinal);
        Assert.DoesNotContain("Never told", resultsPublished.Payload, StringComparison.Ordinal);
        var payload = JsonDocument.Parse(resultsPublished.Payload).RootElement;
        Assert.Equal(3, payload.GetProperty("respondents").GetInt32());
        Assert.Contains(payload.GetProperty("indicators").EnumerateArray(), i => i.GetProperty("code").GetString() == "know-how-to-report-asb:no" && decimal.Parse(i.GetProperty("percent").ToString(), System.Globalization.CultureInfo.InvariantCulture) == 100m); // MassTransit writes decimals as strings
    }

    [Fact]
    public async Task A_workshops_tallies_count_as_its_participants_with_the_channel_recorded()
    {
        consultation.Clock.Now = ConsultationApiFactory.DefaultNow;
        var officer = consultation.Officer();
        var id = await CreateOpenAsync(officer, OpensOn);
        Assert.Equal(HttpStatusCode.Created, (await RespondAsync(consultation.Public(), id, Response(NewSessionToken(), "yes"))).StatusCode);

        // 72 young people: 40 know how to report ASB, 30 do not, 2 did not answer; ranking tallies for the three options.
        var entered = await officer.PostAsJsonAsync($"/api/consultation/consultations/{id}/tallies", new
        {
            label = "Feeling Safe and Secure youth workshop",
            channel = "workshop",
            participants = 72,
            district = "norwich",
            questions = new Dictionary<string, object>
            {
                ["know-how-to-report-asb"] = new { answered = 70, counts = new Dictionary<string, int> { ["yes"] = 40, ["no"] = 30 } },
                ["priorities"] = new
                {
                    answered = 72,
                    ranks = new Dictionary<string, Dictionary<int, int>>
                    {
                        ["a"] = new() { [1] = 72 },
                        ["b"] = new() { [2] = 72 },
                        ["c"] = new() { [3] = 72 },
                    },
                },
            },
        });
        Assert.Equal(HttpStatusCode.Created, entered.StatusCode);

        var results = await ResultsAsync(officer, id);
        Assert.Equal(73, results.GetProperty("respondents").GetInt32());
        Assert.Equal(72, results.GetProperty("respondentsByChannel").GetProperty("workshop").GetInt32());
        var yes = results.Question("know-how-to-report-asb").GetProperty("county").GetProperty("options")[0];
        Assert.Equal(41, yes.GetProperty("count").GetInt32());
        Assert.Equal(57.7m, yes.GetProperty("percent").GetDecimal()); // 41 of 71
        var first = results.Question("priorities").GetProperty("county").GetProperty("ranking")[0];
        Assert.Equal(("a", 10.00m), (first.GetProperty("code").GetString(), first.GetProperty("averageScore").GetDecimal()));
    }

    [Fact]
    public async Task Tallies_that_do_not_add_up_are_a_400_naming_the_question()
    {
        consultation.Clock.Now = ConsultationApiFactory.DefaultNow;
        var officer = consultation.Officer();
        var id = await CreateOpenAsync(officer, OpensOn);

        var entered = await officer.PostAsJsonAsync($"/api/consultation/consultations/{id}/tallies", new
        {
            label = "Community event",
            channel = "event",
            participants = 10,
            questions = new Dictionary<string, object>
            {
                ["know-how-to-report-asb"] = new { answered = 10, counts = new Dictionary<string, int> { ["yes"] = 8, ["no"] = 5 } },
            },
        });

        var errors = (await entered.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("questions.know-how-to-report-asb", out _), errors.ToString());
        await using var db = consultation.NewDbContext();
        Assert.Equal(0, await db.Responses.CountAsync(r => r.ConsultationId == id));
    }

    private static async Task CodeAsync(HttpClient client, Guid id, Guid commentId, string action, string theme)
    {
        var response = await client.PutAsJsonAsync($"/api/consultation/consultations/{id}/comments/{commentId}/{action}", new { themes = new[] { theme } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
