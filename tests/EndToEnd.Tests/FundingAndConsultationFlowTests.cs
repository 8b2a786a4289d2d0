using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EndToEnd.Tests.Infrastructure;
using Platform.Contracts;
using Platform.Testing;

namespace EndToEnd.Tests;

/// <summary>
/// Issue 16 and 17 end to end, through the gateway only, as the people concerned would use them: a priority adopted in
/// Plans becomes fundable in Funding; a grant awarded, paid and reported on shows in Plans' quarterly report; a
/// consultation on a draft plan, answered by the public and published, shows against the plan and feeds a perception
/// measure.
/// </summary>
public class FundingAndConsultationFlowTests(FundingAndConsultationPlatform platform) : IClassFixture<FundingAndConsultationPlatform>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static string FinancialYearOf(DateOnly day)
    {
        var start = day.Month >= 4 ? day.Year : day.Year - 1;
        return $"{start}/{(start + 1) % 100:00}";
    }

    [Fact]
    public async Task A_priority_adopted_in_Plans_is_funded_paid_and_reported_on_and_Plans_report_shows_the_money_and_progress()
    {
        var partnership = platform.As(Agencies.Opcc, "partnership-officer-e2e", Roles.PartnershipOfficer);
        var priorityId = await CreatedIdAsync(partnership.PostAsJsonAsync("/api/plans/priorities", new
        {
            title = "Youth diversion from ASB",
            description = "Positive activities where ASB is reported",
            strategicTheme = "Safer communities",
            sponsorAgency = Agencies.Constabulary,
            leadOfficer = "Superintendent, Prevention",
        }));
        (await partnership.PostAsync($"/api/plans/priorities/{priorityId}/adopt", null)).EnsureSuccessStatusCode();

        var officer = platform.As(Agencies.Opcc, "grants-officer-e2e", Roles.GrantsOfficer);
        Assert.True(
            await Eventually.TrueAsync(async () => (await officer.GetFromJsonAsync<JsonElement[]>("/api/funding/priorities") ?? []).Any(p => p.GetProperty("id").GetGuid() == priorityId), Patience),
            "Funding never learned of the adopted priority");

        var year = FinancialYearOf(Today.AddDays(-60));
        var fundId = await CreatedIdAsync(officer.PostAsJsonAsync("/api/funding/funds", new
        {
            code = $"e2e-{Guid.NewGuid():N}", name = "Community Safety Fund", purpose = "Delivering the partnership plan", basis = "whole-life",
            firstYear = year, years = 3, wholeLifeBudget = 500_000m,
        }));
        var roundId = await CreatedIdAsync(officer.PostAsJsonAsync("/api/funding/rounds", new
        {
            fundId, title = "Small grants", opensOn = Today.AddDays(-1), closesOn = Today.AddDays(30),
            applicantTypes = new[] { "voluntary-community-organisation" }, districts = new[] { "norwich" },
            minimumAward = 1_000m, maximumAward = 25_000m, priorityIds = new[] { priorityId }, questions = new[] { "Who benefits?" },
            criteria = new[] { new { key = "need", title = "Evidence of need", weight = 1 } },
        }));

        var applicant = platform.As("norwich-youth-project", "applicant-e2e");
        var applicationId = await CreatedIdAsync(applicant.PostAsJsonAsync("/api/funding/applications", new
        {
            roundId, applicantType = "voluntary-community-organisation", organisationName = "Norwich Youth Project", charityNumber = "1234567",
            projectTitle = "Detached youth work", summary = "Evening outreach", amountRequested = 12_000m,
            periodStart = Today.AddDays(-60), periodEnd = Today.AddDays(300), matchFunding = 2_000m, priorityId,
            evidenceOfNeed = "ASB calls in the city centre after dark rose 20% last year.",
            objectives = new[] { new { description = "Engage 120 young people", measure = "young people engaged", target = 120m } },
            expectedImpact = "Fewer young people drawn into ASB", addedValue = "Match funding from the city council",
            districts = new[] { "norwich" }, contact = new { name = "Sam Applicant", email = "sam@example.org" },
        }));
        await CreatedIdAsync(officer.PostAsJsonAsync($"/api/funding/applications/{applicationId}/assessments", new { assessorId = "assessor-e2e", assessorAgency = Agencies.Constabulary }));
        await OkAsync(platform.As(Agencies.Constabulary, "assessor-e2e").PutAsJsonAsync(
            $"/api/funding/applications/{applicationId}/assessments/mine", new { scores = new { need = 4 }, comment = "Clear need" }));
        var grantId = (await OkAsync(officer.PostAsJsonAsync($"/api/funding/applications/{applicationId}/decision", new { outcome = "award", reason = "Panel" })))
            .GetProperty("grantId").GetGuid();
        await OkAsync(applicant.PostAsync($"/api/funding/grants/{grantId}/acceptance", null));
        var claimId = await CreatedIdAsync(applicant.PostAsJsonAsync($"/api/funding/grants/{grantId}/claims", new { from = Today.AddDays(-60), to = Today.AddDays(-1), amount = 3_000m }));
        await OkAsync(officer.PostAsJsonAsync($"/api/funding/grants/{grantId}/claims/{claimId}/decision", new { approve = true }));
        await OkAsync(officer.PostAsJsonAsync($"/api/funding/grants/{grantId}/claims/{claimId}/payment", new { paidOn = Today }));
        var quarter = ((Today.Month + 8) % 12 / 3) + 1; // the financial year's quarter: April–June is 1
        await CreatedIdAsync(applicant.PostAsJsonAsync($"/api/funding/grants/{grantId}/returns", new
        {
            financialYear = FinancialYearOf(Today), quarter, progress = new[] { new { objective = 1, value = 34m } }, spendToDate = 3_000m,
        }));

        var scrutiny = platform.As(Agencies.CountyCouncil, "scrutiny-e2e", Roles.ScrutinyMember);
        JsonElement money = default;
        Assert.True(
            await Eventually.TrueAsync(async () =>
            {
                var report = await scrutiny.GetFromJsonAsync<JsonElement>("/api/plans/reports/quarterly");
                money = report.GetProperty("funding").EnumerateArray().FirstOrDefault(m => m.GetProperty("priorityId").GetGuid() == priorityId);
                return money.ValueKind == JsonValueKind.Object && money.GetProperty("paid").GetDecimal() == 3_000m && money.GetProperty("returns").GetInt32() == 1;
            }, Patience),
            $"Plans' report never showed the grant: {money}");
        Assert.Equal((12_000m, 1), (money.GetProperty("committed").GetDecimal(), money.GetProperty("grants").GetInt32()));
        var html = await scrutiny.GetStringAsync("/api/plans/reports/quarterly.html");
        Assert.Contains("Youth diversion from ASB", html, StringComparison.Ordinal);

        // The public sees the award in 360Giving form, without the applicant's contact details.
        var published = await platform.Anonymously().GetStringAsync("/api/funding/publication/360giving.json");
        Assert.Contains("Detached youth work", published, StringComparison.Ordinal);
        Assert.DoesNotContain("sam@example.org", published, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_consultation_on_a_draft_plan_answered_by_the_public_and_published_shows_against_the_plan_and_feeds_a_perception_measure()
    {
        var partnership = platform.As(Agencies.Opcc, "partnership-officer-e2e", Roles.PartnershipOfficer, Roles.Analyst);
        var priorityId = await CreatedIdAsync(partnership.PostAsJsonAsync("/api/plans/priorities", new
        {
            title = "Making Norfolk streets safer", description = "Visible, trusted policing", strategicTheme = "Safer communities",
            sponsorAgency = Agencies.Constabulary, leadOfficer = "Chief Superintendent",
        }));
        (await partnership.PostAsync($"/api/plans/priorities/{priorityId}/adopt", null)).EnsureSuccessStatusCode();
        var planId = await CreatedIdAsync(partnership.PostAsJsonAsync("/api/plans/plans", new
        {
            title = "Safer Norfolk Plan (draft for consultation)", startYear = 2025, endYear = 2028, priorityIds = new[] { priorityId },
            enablers = new[] { "public-awareness" },
        }));
        await OkAsync(partnership.PostAsync($"/api/plans/plans/{planId}/consult", null));
        var outcomeId = await CreatedIdAsync(partnership.PostAsJsonAsync("/api/plans/outcomes", new { number = 901, title = "People feel safe" }));
        var measureId = await CreatedIdAsync(partnership.PostAsJsonAsync($"/api/plans/outcomes/{outcomeId}/measures", new
        {
            name = "Know how to report ASB", unit = "percent", direction = "up", source = "Community safety survey", derivedFrom = "consultation:know-how-to-report:yes",
        }));

        var consultationOfficer = platform.As(Agencies.CountyCouncil, "consultation-officer-e2e", Roles.ConsultationOfficer);
        var consultationId = await CreatedIdAsync(consultationOfficer.PostAsJsonAsync("/api/consultation/consultations", new
        {
            title = "Safer Norfolk Plan consultation", purpose = "Tell us what matters", owners = new[] { Agencies.Opcc, Agencies.CountyCouncil },
            audience = "Norfolk residents", opensOn = Today, planId,
            questions = new object[]
            {
                new { id = "know-how-to-report", kind = "single-choice", text = "Do you know how to report ASB?", options = new[] { new { code = "yes", label = "Yes" }, new { code = "no", label = "No" } } },
                new { id = "district", kind = "profile", text = "Your district", profile = "district" },
            },
        }));
        await OkAsync(consultationOfficer.PostAsync($"/api/consultation/consultations/{consultationId}/open", null));
        for (var i = 0; i < 5; i++)
        {
            var resident = platform.Anonymously();
            var response = await resident.PostAsJsonAsync($"/api/consultation/public/consultations/{consultationId}/responses", new
            {
                sessionToken = Guid.NewGuid().ToString("N"),
                answers = new Dictionary<string, object> { ["know-how-to-report"] = new { choice = i < 4 ? "yes" : "no" }, ["district"] = new { choice = "norwich" } },
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        await OkAsync(consultationOfficer.PostAsync($"/api/consultation/consultations/{consultationId}/close", null));
        await OkAsync(consultationOfficer.PostAsJsonAsync($"/api/consultation/consultations/{consultationId}/publish-results", new
        {
            summary = "Most people know how to report ASB.", themeResponses = Array.Empty<object>(), planChanges = new[] { "More publicity for reporting routes" },
        }));

        JsonElement evidence = default;
        Assert.True(
            await Eventually.TrueAsync(async () =>
            {
                var list = await partnership.GetFromJsonAsync<JsonElement[]>($"/api/plans/plans/{planId}/consultations") ?? [];
                evidence = list.FirstOrDefault();
                return evidence.ValueKind == JsonValueKind.Object && evidence.GetProperty("stage").GetString() == "results-published";
            }, Patience),
            $"Plans never showed the published consultation against the plan: {evidence}");
        Assert.Equal((consultationId, 5), (evidence.GetProperty("consultationId").GetGuid(), evidence.GetProperty("respondents").GetInt32()));

        var readings = await partnership.GetFromJsonAsync<JsonElement[]>($"/api/plans/measures/{measureId}/readings") ?? [];
        var reading = Assert.Single(readings);
        Assert.Equal(("county", 80.0m), (reading.GetProperty("area").GetString(), reading.GetProperty("value").GetDecimal()));

        var page = await platform.Anonymously().GetStringAsync($"/api/consultation/public/consultations/{consultationId}/you-said-we-did.html");
        Assert.Contains("More publicity for reporting routes", page, StringComparison.Ordinal);
    }

    private static async Task<Guid> CreatedIdAsync(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
