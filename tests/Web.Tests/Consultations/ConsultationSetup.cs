using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts;
using Web.Tests.Infrastructure;

namespace Web.Tests.Consultations;

/// <summary>What a resident's journey needs before it starts: an open consultation, designed and opened as its officer would through the API.</summary>
internal static class ConsultationSetup
{
    /// <summary>A ranking (required), a yes/no, a comment asked only after "No", a choose-up-to-two and the district.</summary>
    public static readonly object[] PrioritiesQuestions =
    [
        new { id = "priorities", kind = "ranking", text = "Rank these priorities", required = true, options = new[] { Option("prevention", "Focus on prevention"), Option("streets", "Making streets safer"), Option("trust", "Restore trust in policing") } },
        new { id = "know-how", kind = "single-choice", text = "Do you know how to report anti-social behaviour?", options = new[] { Option("yes", "Yes"), Option("no", "No") } },
        new { id = "why-not", kind = "free-text", text = "What would help you report it?", maxLength = 500, showWhen = new { questionId = "know-how", anyOf = new[] { "no" } } },
        new { id = "interventions", kind = "multiple-choice", text = "Which should we do more of?", maxChoices = 2, options = new[] { Option("outreach", "Outreach work"), Option("education", "Education in schools"), Option("cctv", "CCTV") } },
        new { id = "district", kind = "profile", text = "Which district do you live in?", profile = "district" },
    ];

    public static async Task<Guid> OpenAsync(WebPlatform platform, string title, object[] questions)
    {
        using var officer = await platform.AsStaffAsync(Agencies.Opcc, Roles.ConsultationOfficer);
        var created = await officer.PostAsJsonAsync("/api/consultation/consultations", new
        {
            title,
            purpose = "Tell us what matters most to you about community safety.",
            owners = new[] { Agencies.Opcc },
            audience = "Norfolk residents",
            opensOn = DateOnly.FromDateTime(DateTime.UtcNow),
            questions,
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var opened = await officer.PostAsync($"/api/consultation/consultations/{id}/open", null);
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
        return id;
    }

    public static async Task<int> RespondentsAsync(WebPlatform platform, Guid id)
    {
        using var officer = await platform.AsStaffAsync(Agencies.Opcc, Roles.ConsultationOfficer);
        var results = await officer.GetFromJsonAsync<JsonElement>($"/api/consultation/consultations/{id}/results");
        return results.GetProperty("respondents").GetInt32();
    }

    private static object Option(string code, string label) => new { code, label };
}
