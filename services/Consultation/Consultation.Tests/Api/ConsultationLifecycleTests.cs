using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Consultation.Tests.Infrastructure;
using static Consultation.Tests.Infrastructure.ConsultationRequests;

namespace Consultation.Tests.Api;

/// <summary>An officer designs, opens and closes a consultation; each move is announced through the outbox.</summary>
public class ConsultationLifecycleTests(ConsultationApiFactory consultation) : IClassFixture<ConsultationApiFactory>
{
    private static readonly DateOnly OpensOn = new(2024, 9, 2);

    [Fact]
    public async Task A_draft_opens_with_frozen_questions_and_closes_with_counts_by_channel_announced()
    {
        consultation.Clock.Now = ConsultationApiFactory.DefaultNow;
        var officer = consultation.Officer();
        var id = await CreateAsync(officer, OpensOn);
        var draft = await officer.GetFromJsonAsync<JsonElement>($"/api/consultation/consultations/{id}");
        Assert.Equal("2024-10-28", draft.GetProperty("closesOn").GetString()); // eight weeks by default
        Assert.Equal("draft", draft.GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/consultation/consultations/{id}/open", null)).StatusCode);
        var revised = await officer.PutAsJsonAsync($"/api/consultation/consultations/{id}", Design(OpensOn), TestJson.Options);
        var frozen = await revised.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("questions-frozen", frozen.GetProperty("rule").GetString());

        Assert.Equal(HttpStatusCode.Created, (await RespondAsync(consultation.Public(), id, Response(NewSessionToken()))).StatusCode);
        var paper = await officer.PostAsJsonAsync($"/api/consultation/consultations/{id}/responses", new
        {
            channel = "paper",
            answers = new Dictionary<string, object> { ["priorities"] = new { ranking = new[] { "c", "b", "a" } } },
        });
        Assert.Equal(HttpStatusCode.Created, paper.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/consultation/consultations/{id}/close", null)).StatusCode);

        await using var db = consultation.NewDbContext();
        var events = await db.EventsAboutAsync(id);
        Assert.Equal(2, events.Count);
        Assert.Equal("csp:consultation:consultation-opened:v1", events[0].MessageType);
        var closed = JsonDocument.Parse(events[1].Payload).RootElement;
        Assert.Equal(2, closed.GetProperty("respondents").GetInt32());
        Assert.Equal(1, closed.GetProperty("respondentsByChannel").GetProperty("online").GetInt32());
        Assert.Equal(1, closed.GetProperty("respondentsByChannel").GetProperty("paper").GetInt32());
    }

    [Fact]
    public async Task A_frozen_consultation_is_changed_through_a_new_draft_version()
    {
        var officer = consultation.Officer();
        var id = await CreateOpenAsync(officer, OpensOn);

        var copied = await officer.PostAsync($"/api/consultation/consultations/{id}/new-version", null);

        Assert.Equal(HttpStatusCode.Created, copied.StatusCode);
        var copy = await copied.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("draft", copy.GetProperty("status").GetString());
        Assert.Equal(id, copy.GetProperty("revisionOf").GetGuid());
        var revised = await officer.PutAsJsonAsync($"/api/consultation/consultations/{copy.GetProperty("id").GetGuid()}", Design(OpensOn, title: "Revised"), TestJson.Options);
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
    }

    [Fact]
    public async Task A_bad_design_is_a_400_naming_each_field()
    {
        var design = new
        {
            title = "",
            purpose = "Why",
            owners = new[] { "Not A Slug" },
            audience = "Everyone",
            opensOn = OpensOn,
            closesOn = OpensOn.AddDays(-1),
            questions = new object[]
            {
                new { id = "q1", kind = "multiple-choice", text = "Pick", options = new[] { new { code = "a", label = "A" } } },
                new { id = "q2", kind = "profile", text = "District", profile = "district", required = true },
            },
        };

        var response = await consultation.Officer().PostAsJsonAsync("/api/consultation/consultations", design);

        var errors = (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        foreach (var field in new[] { "title", "owners", "closesOn", "questions[0].options", "questions[1].required" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"errors should name {field}: {errors}");
        }
    }
}
