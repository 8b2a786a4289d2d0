using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Consultation.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Tests.Api;

/// <summary>
/// The synthetic reference data reproduces what seed 002 published, read the way the public reads it (results and
/// "you said, we did" through the public routes).
/// </summary>
public class SeededReferenceDataTests(SeededConsultationApiFactory consultation) : IClassFixture<SeededConsultationApiFactory>
{
    private static readonly Guid Priorities = new("0192a5c0-0000-7000-8000-000000002024");
    private static readonly Guid SafetySurvey = new("0192a5c0-0000-7000-8000-000000012024");
    private static readonly Guid YouthWorkshop = new("0192a5c0-0000-7000-8000-000000022023");
    private static readonly Guid YouthBoards = new("0192a5c0-0000-7000-8000-000000022024");

    [Fact]
    public async Task The_2024_priorities_consultation_has_1678_responses_and_the_published_top_three()
    {
        var results = await consultation.Public().GetFromJsonAsync<JsonElement>($"/api/consultation/public/consultations/{Priorities}/results");

        Assert.True(results.GetProperty("synthetic").GetBoolean());
        Assert.Equal(1678, results.GetProperty("respondents").GetInt32());
        var ranking = results.GetProperty("questions")[0].GetProperty("county").GetProperty("ranking");
        Assert.Equal(
            ["Focus on prevention", "Making Norfolk streets safer", "Restore trust in policing"],
            ranking.EnumerateArray().Take(3).Select(r => r.GetProperty("label").GetString()));
        var scores = ranking.EnumerateArray().Select(r => r.GetProperty("averageScore").GetDecimal()).ToList();
        Assert.All(scores, s => Assert.InRange(s, 1m, 10m));
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task You_said_we_did_shows_the_five_published_themes_of_629_comments_with_reviewed_quotes()
    {
        var report = await consultation.Public().GetFromJsonAsync<JsonElement>($"/api/consultation/public/consultations/{Priorities}/you-said-we-did");

        Assert.Equal(629, report.GetProperty("comments").GetInt32());
        var themes = report.GetProperty("topThemes").EnumerateArray().ToList();
        Assert.Equal(
            ["visible-policing", "all-important", "speeding", "trust-as-indicator", "vawg-excludes-men-and-boys"],
            themes.Select(t => t.GetProperty("code").GetString()));
        Assert.All(themes, t => Assert.NotEmpty(t.GetProperty("reviewedQuotes").EnumerateArray()));
        Assert.Equal(90.0m, report.GetProperty("coderAgreement").GetProperty("percent").GetDecimal());

        var page = await consultation.Public().GetAsync($"/api/consultation/public/consultations/{Priorities}/you-said-we-did.html");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ranking them was very challenging", html, StringComparison.Ordinal);
        Assert.Contains("Synthetic reference data", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("feel-safe", "home-day", 94)]
    [InlineData("feel-safe", "home-dark", 86)]
    [InlineData("feel-safe", "out-day", 87)]
    [InlineData("feel-safe", "out-dark", 50)]
    public async Task The_2024_safety_survey_reproduces_the_feeling_safe_table_within_a_point(string question, string row, int published)
    {
        var results = await SafetyResultsAsync();

        var figure = results.Question(question).GetProperty("county").GetProperty("matrix").EnumerateArray()
            .Single(r => r.GetProperty("code").GetString() == row).GetProperty("agreement").GetProperty("agreePercent").GetDecimal();
        Assert.InRange(figure, published - 1m, published + 1m);
    }

    [Theory]
    [InlineData("serious-violence-local", "increased", 61)]
    [InlineData("serious-violence-county", "increased", 78)]
    [InlineData("know-how-to-report-asb", "yes", 80)]
    [InlineData("know-where-support", "yes", 60)]
    [InlineData("interventions", "outreach", 60)]
    [InlineData("interventions", "education", 57)]
    [InlineData("interventions", "cctv", 52)]
    public async Task The_2024_safety_survey_reproduces_the_published_percentages_within_a_point(string question, string option, int published)
    {
        var results = await SafetyResultsAsync();

        Assert.Equal(430, results.GetProperty("respondents").GetInt32());
        Assert.InRange(Option(results, question, option).GetProperty("percent").GetDecimal(), published - 1m, published + 1m);
    }

    [Fact]
    public async Task Knowing_how_to_report_ASB_is_compared_with_the_previous_wave_80_against_60()
    {
        var yes = Option(await SafetyResultsAsync(), "know-how-to-report-asb", "yes");

        Assert.Equal((80.0m, 60.0m), (yes.GetProperty("percent").GetDecimal(), yes.GetProperty("previousPercent").GetDecimal()));
    }

    [Fact]
    public async Task Feeling_safe_is_broken_down_by_district_and_urban_rural()
    {
        var feelSafe = (await SafetyResultsAsync()).Question("feel-safe");

        Assert.Equal(8, feelSafe.GetProperty("byDistrict").GetArrayLength()); // seven districts and "not given"
        Assert.Equal(3, feelSafe.GetProperty("byAreaType").GetArrayLength());
    }

    [Fact]
    public async Task The_2023_youth_workshop_is_72_young_people_in_15_groups_whose_tallies_staff_entered()
    {
        var results = await consultation.Public().GetFromJsonAsync<JsonElement>($"/api/consultation/public/consultations/{YouthWorkshop}/results");

        Assert.True(results.GetProperty("synthetic").GetBoolean());
        Assert.Equal(72, results.GetProperty("respondents").GetInt32());
        Assert.Equal(72, results.GetProperty("respondentsByChannel").GetProperty("workshop").GetInt32());
        Assert.Equal(5, results.Question("concerns").GetProperty("county").GetProperty("options").GetArrayLength());
        await using var db = consultation.NewDbContext();
        var batches = await db.Responses.Where(r => r.ConsultationId == YouthWorkshop).ToListAsync();
        Assert.Equal(15, batches.Count);
        Assert.All(batches, b => Assert.Equal(("synthetic-consultation-officer", true), (b.EnteredBy, b.Synthetic)));
    }

    [Fact]
    public async Task The_2024_Youth_Advisory_Boards_survey_has_nearly_12000_answers_to_two_questions_one_with_ten_categories()
    {
        var results = await consultation.Public().GetFromJsonAsync<JsonElement>($"/api/consultation/public/consultations/{YouthBoards}/results");

        Assert.Equal(11_946, results.GetProperty("respondents").GetInt32());
        var improve = results.Question("improve");
        Assert.Equal(10, improve.GetProperty("county").GetProperty("options").GetArrayLength());
        Assert.Equal(11_946, improve.GetProperty("county").GetProperty("answered").GetInt32());
        Assert.Equal(7, improve.GetProperty("byDistrict").GetArrayLength());
        var yes = results.Question("feel-safe-area").GetProperty("county").GetProperty("options").EnumerateArray().Single(o => o.GetProperty("code").GetString() == "yes");
        Assert.InRange(yes.GetProperty("percent").GetDecimal(), 57.5m, 58.5m);
    }

    private async Task<JsonElement> SafetyResultsAsync() =>
        await consultation.Public().GetFromJsonAsync<JsonElement>($"/api/consultation/public/consultations/{SafetySurvey}/results");

    private static JsonElement Option(JsonElement results, string question, string option) =>
        results.Question(question).GetProperty("county").GetProperty("options").EnumerateArray().Single(o => o.GetProperty("code").GetString() == option);
}
