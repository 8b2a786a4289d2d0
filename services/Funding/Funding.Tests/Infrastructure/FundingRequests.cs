using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Funding.Tests.Infrastructure;

/// <summary>The requests a grants officer, applicant and assessor make, with valid defaults a test overrides.</summary>
internal static class FundingRequests
{
    public static object PerYearFund(string code, decimal perYear) => new
    {
        code,
        name = "Community Safety Fund 2025–28",
        purpose = "Supporting delivery of the partnership plan",
        basis = "per-year",
        firstYear = "2025/26",
        years = 3,
        yearlyBudgets = new Dictionary<string, decimal> { ["2025/26"] = perYear, ["2026/27"] = perYear, ["2027/28"] = perYear },
    };

    public static object Round(Guid fundId, decimal maximum = 25_000m) => new
    {
        fundId,
        title = "Small grants 2025",
        opensOn = "2025-05-01",
        closesOn = "2025-07-31",
        applicantTypes = new[] { "district-council", "voluntary-community-organisation" },
        districts = new[] { "norwich", "breckland" },
        minimumAward = 1_000m,
        maximumAward = maximum,
        priorityIds = Array.Empty<Guid>(),
        questions = new[] { "Who benefits?" },
        criteria = new[] { new { key = "need", title = "Evidence of need", weight = 3 }, new { key = "value", title = "Value for money", weight = 1 } },
    };

    public static Dictionary<string, object?> Application(Guid roundId, Guid priorityId, decimal amount = 10_000m) => new()
    {
        ["roundId"] = roundId,
        ["applicantType"] = "voluntary-community-organisation",
        ["organisationName"] = "Norwich Youth Project",
        ["charityNumber"] = "1234567",
        ["projectTitle"] = "Detached youth work in the city centre",
        ["summary"] = "Evening outreach where ASB is reported",
        ["amountRequested"] = amount,
        ["periodStart"] = "2025-09-01",
        ["periodEnd"] = "2026-08-31",
        ["matchFunding"] = 2_000m,
        ["priorityId"] = priorityId,
        ["evidenceOfNeed"] = "ASB calls in the city centre after dark rose 20% last year.",
        ["objectives"] = new[]
        {
            new { description = "Engage 120 young people in positive activities", measure = "young people engaged", target = 120m },
        },
        ["expectedImpact"] = "Fewer young people drawn into ASB",
        ["addedValue"] = "Match funding from the city council",
        ["districts"] = new[] { "norwich" },
        ["contact"] = new { name = "Sam Applicant", email = "sam.applicant@example.org", phone = "01603 000000" },
    };

    public static async Task<Guid> CreatedIdAsync(this Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> OkJsonAsync(this Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>A fund, an open round and the priority: what every application test starts from.</summary>
    public static async Task<(Guid FundId, Guid RoundId, Guid PriorityId)> OpenRoundAsync(this FundingApiFactory funding, decimal perYear = 100_000m)
    {
        var officer = funding.GrantsOfficer();
        var fundId = await officer.PostAsJsonAsync("/api/funding/funds", PerYearFund($"fund-{Guid.NewGuid():N}", perYear)).CreatedIdAsync();
        var roundId = await officer.PostAsJsonAsync("/api/funding/rounds", Round(fundId)).CreatedIdAsync();
        return (fundId, roundId, await funding.AdoptedPriorityAsync());
    }

    /// <summary>An application by a partner of norwich-youth-project, scored by one assessor from the constabulary.</summary>
    public static async Task<Guid> AssessedApplicationAsync(this FundingApiFactory funding, Guid roundId, Guid priorityId, decimal amount = 10_000m)
    {
        var applicant = funding.Partner("norwich-youth-project", "applicant-1");
        var id = await applicant.PostAsJsonAsync("/api/funding/applications", Application(roundId, priorityId, amount)).CreatedIdAsync();
        await funding.GrantsOfficer().PostAsJsonAsync(
            $"/api/funding/applications/{id}/assessments", new { assessorId = "assessor-1", assessorAgency = "norfolk-constabulary" }).CreatedIdAsync();
        await funding.Partner("norfolk-constabulary", "assessor-1").PutAsJsonAsync(
            $"/api/funding/applications/{id}/assessments/mine", new { scores = new { need = 4, value = 3 }, comment = "Clear need" }).OkJsonAsync();
        return id;
    }

    public static Task<HttpResponseMessage> DecideAsync(this HttpClient officer, Guid applicationId, string outcome, decimal? amount = null, string? conditions = null) =>
        officer.PostAsJsonAsync($"/api/funding/applications/{applicationId}/decision", new { outcome, amount, conditions, reason = "Panel of 3 June" });
}
