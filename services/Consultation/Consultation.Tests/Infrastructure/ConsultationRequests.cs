using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Consultation.Tests.Infrastructure;

internal static class ConsultationRequests
{
    public static object Design(DateOnly opensOn, Guid? previousWaveId = null, string title = "Community safety survey") => new
    {
        title,
        purpose = "How safe people feel and what they want done",
        owners = new[] { "norfolk-opcc", "norfolk-county-council" },
        audience = "Norfolk residents",
        opensOn,
        previousWaveId,
        questions = Domain.Sample.Questions(),
    };

    public static async Task<Guid> CreateAsync(HttpClient officer, DateOnly opensOn, Guid? previousWaveId = null)
    {
        var created = await officer.PostAsJsonAsync("/api/consultation/consultations", Design(opensOn, previousWaveId), TestJson.Options);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> CreateOpenAsync(HttpClient officer, DateOnly opensOn, Guid? previousWaveId = null)
    {
        var id = await CreateAsync(officer, opensOn, previousWaveId);
        var opened = await officer.PostAsync($"/api/consultation/consultations/{id}/open", null);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        return id;
    }

    public static object Response(string sessionToken, string know = "yes", string? district = "norwich", string[]? ranking = null) => new
    {
        sessionToken,
        answers = new Dictionary<string, object?>
        {
            ["priorities"] = new { ranking = ranking ?? ["a", "b", "c"] },
            ["know-how-to-report-asb"] = new { choice = know },
            ["district"] = district is null ? null : new { choice = district },
        },
    };

    public static string NewSessionToken() => Guid.NewGuid().ToString("N");

    /// <summary>A member of the public answers the standard questions, giving <paramref name="text"/> as their comment.</summary>
    public static async Task CommentAsync(this HttpClient client, Guid id, string text)
    {
        var answered = await RespondAsync(client, id, new
        {
            sessionToken = NewSessionToken(),
            answers = new Dictionary<string, object>
            {
                ["priorities"] = new { ranking = new[] { "a", "b", "c" } },
                ["know-how-to-report-asb"] = new { choice = "no" },
                ["why-not"] = new { text },
            },
        });
        Assert.Equal(HttpStatusCode.Created, answered.StatusCode);
    }

    public static Task<HttpResponseMessage> RespondAsync(HttpClient client, Guid id, object response) =>
        client.PostAsJsonAsync($"/api/consultation/public/consultations/{id}/responses", response);

    public static async Task<JsonElement> ResultsAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/consultation/consultations/{id}/results");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static JsonElement Question(this JsonElement results, string id) =>
        results.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("questionId").GetString() == id);

}
