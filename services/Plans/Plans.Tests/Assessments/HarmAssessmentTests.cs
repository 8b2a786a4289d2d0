using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Assessments;
using Plans.Api.Assessments.RankHarm;
using Plans.Api.HarmWeights;
using Plans.Api.PartnershipPlans.ListPlanPriorities;
using Plans.Api.Priorities;
using Plans.Tests.Actions;
using Plans.Tests.CrimeImports;
using Plans.Tests.Infrastructure;
using Plans.Tests.PartnershipPlans;
using Plans.Tests.Priorities;
using Platform.ServiceDefaults.Audit;

namespace Plans.Tests.Assessments;

/// <summary>
/// The strategic assessment weighs a year of imported police.uk data for harm, and priorities cite what they answer.
/// One test class, one database: the weights are replaced once, in the test that checks the weighting.
/// </summary>
public class HarmAssessmentTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    private static readonly object[] TestWeights =
    [
        .. Api.Domain.PoliceCrimeTypes.All.Select(type => new
        {
            crimeType = type,
            weight = type switch { "Burglary" => 100m, "Robbery" => 200m, _ => 1m },
        }),
    ];

    /// <summary>2023: two months of Norfolk data, with rows without a location and rows outside the county.</summary>
    private async Task ImportYearAsync()
    {
        var january = new StreetLevelRows("2023-01")
            .Add("Burglary", "Norwich 001A", 5)
            .Add("Burglary", "Breckland 010B", 2)
            .Add("Burglary", null, 3)
            .Add("Burglary", "Mid Suffolk 003B", 4)
            .Add("Anti-social behaviour", "Norwich 002B", 10);
        var february = new StreetLevelRows("2023-02").Add("Robbery", "Norwich 001A", 1);
        var response = await plans.Analyst().PostAsync(
            "/api/plans/crime-imports",
            StreetLevelRows.Form(("2023-01-norfolk-street.csv", january.Bytes), ("2023-02-norfolk-street.csv", february.Bytes)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task RecordAssessmentAsync(int year) =>
        (await plans.PartnershipOfficer().PostAsJsonAsync("/api/plans/assessments", new
        {
            year,
            summary = "Burglary and robbery in Norwich carry the most harm.",
            keyRisks = new[] { new { risk = "Burglary in Norwich", deliveryLead = "Norfolk Constabulary" } },
        })).EnsureSuccessStatusCode();

    private async Task<HarmRanking> CompileAsync(int year, int dataYear)
    {
        var compiled = await plans.Analyst().PostAsJsonAsync($"/api/plans/assessments/{year}/crime-evidence", new { dataYear });
        Assert.Equal(HttpStatusCode.OK, compiled.StatusCode);
        return (await plans.Scrutiny().GetFromJsonAsync<HarmRanking>($"/api/plans/assessments/{year}/harm", TestJson.Options))!;
    }

    [Fact]
    public async Task The_assessment_ranks_a_years_imported_crime_by_weighted_harm_keeping_the_weights_it_used()
    {
        await ImportYearAsync();
        await RecordAssessmentAsync(2024);

        // The shipped weights are placeholders of 1: harm is the count (out-of-area rows left out, unlocated in the county).
        var placeholder = await CompileAsync(2024, 2023);
        Assert.Equal(("placeholder-1", 2), (placeholder.WeightsVersion, placeholder.MonthsImported));
        Assert.StartsWith("PLACEHOLDER", placeholder.WeightsSource, StringComparison.Ordinal);
        Assert.Equal(
            [("crime-type/Anti-social behaviour", 10, 10m), ("crime-type/Burglary", 10, 10m), ("crime-type/Robbery", 1, 1m)],
            placeholder.ByCrimeType.Select(r => (r.Evidence, r.Count, r.Harm)));

        var weights = plans.Analyst();
        var current = await weights.GetAsync("/api/plans/harm-weights");
        var replace = new HttpRequestMessage(HttpMethod.Put, "/api/plans/harm-weights")
        {
            Content = JsonContent.Create(new { source = "Test weights", sourceVersion = "test-2", weights = TestWeights }),
        };
        replace.Headers.IfMatch.Add(current.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await weights.SendAsync(replace)).StatusCode);

        var weighted = await CompileAsync(2024, 2023);

        // Burglary 10 x 100 = 1000 (82.6 % of 1210), Robbery 1 x 200 = 200 (16.5 %), ASB 10 x 1 = 10 (0.8 %); Norwich 5 x 100 + 10 + 200 = 710, Breckland 200.
        Assert.Equal(("Test weights", "test-2"), (weighted.WeightsSource, weighted.WeightsVersion));
        Assert.Equal(
            [("crime-type/Burglary", 1000m, 82.6m), ("crime-type/Robbery", 200m, 16.5m), ("crime-type/Anti-social behaviour", 10m, 0.8m)],
            weighted.ByCrimeType.Select(r => (r.Evidence, r.Harm, r.SharePercent)));
        Assert.Equal([("district/norwich", 710m), ("district/breckland", 200m)], weighted.ByDistrict.Select(r => (r.Evidence, r.Harm)));
        Assert.Equal(("crime-type/Burglary/norwich", 1), (weighted.ByCrimeTypeAndDistrict[0].Evidence, weighted.ByCrimeTypeAndDistrict[0].Rank));
        await using var db = plans.NewDbContext();
        var history = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.Action == "harm-weights-replaced").CountAsync();
        Assert.Equal(1, history);
    }

    [Fact]
    public async Task A_proposed_priority_cites_the_findings_it_answers_and_the_plan_shows_where_its_priorities_came_from()
    {
        await ImportYearAsync();
        await RecordAssessmentAsync(2025);
        await CompileAsync(2025, 2023);
        var officer = plans.PartnershipOfficer();
        var group = await officer.CreateGroupAsync("Neighbourhood crime group");
        var proposal = ProposalFromAssessment(2025, group.Id, "crime-type/Burglary/norwich", "key-risk/1");

        var proposed = await officer.PostAsJsonAsync("/api/plans/priorities", proposal);
        var priority = (await proposed.Content.ReadFromJsonAsync<PriorityResponse>(TestJson.Options))!;
        (await officer.PostAsync($"/api/plans/priorities/{priority.Id}/adopt", null)).EnsureSuccessStatusCode();
        var plan = await officer.DraftPlanAsync(priority.Id);
        var inPlan = await plans.Scrutiny().GetFromJsonAsync<List<PlanPriority>>($"/api/plans/plans/{plan.Id}/priorities", TestJson.Options);

        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        Assert.Equal(2025, priority.AssessmentYear);
        Assert.Equal(["crime-type/Burglary/norwich", "key-risk/1"], priority.Answers);
        var row = Assert.Single(inPlan!);
        Assert.Equal((priority.Id, 2025, "Neighbourhood crime group"), (row.Id, row.AssessmentYear, row.DeliveryGroup));
        Assert.Equal(["crime-type/Burglary/norwich", "key-risk/1"], row.Answers);
    }

    [Fact]
    public async Task A_citation_the_assessment_does_not_have_is_refused_naming_the_field()
    {
        await RecordAssessmentAsync(2026);
        var officer = plans.PartnershipOfficer();

        var unknownFinding = await officer.PostAsJsonAsync("/api/plans/priorities", ProposalFromAssessment(2026, null, "crime-type/Burglary/norwich"));
        var noAssessment = await officer.PostAsJsonAsync("/api/plans/priorities", ProposalFromAssessment(null, null, "key-risk/1"));
        var unknownYear = await officer.PostAsJsonAsync("/api/plans/priorities", ProposalFromAssessment(2031, null));
        var uncompiled = await plans.Scrutiny().GetAsync("/api/plans/assessments/2026/harm");

        var unknown = await unknownFinding.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("unknown-assessment-evidence", unknown.GetProperty("rule").GetString());
        Assert.StartsWith("answers:", unknown.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("answers-without-assessment", (await noAssessment.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());
        Assert.Equal("unknown-assessment", (await unknownYear.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());
        Assert.Equal("crime-evidence-not-compiled", (await uncompiled.ReadProblemAsync(HttpStatusCode.NotFound)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Weights_that_miss_a_crime_type_are_refused_and_only_analysts_and_officers_change_them()
    {
        var incomplete = await plans.Analyst().PutAsJsonAsync("/api/plans/harm-weights", new
        {
            source = "Half a list",
            sourceVersion = "half-1",
            weights = new[] { new { crimeType = "Burglary", weight = 5m } },
        });
        var scrutiny = await plans.Scrutiny().PutAsJsonAsync("/api/plans/harm-weights", new { source = "x", sourceVersion = "y", weights = TestWeights });
        var read = await plans.Scrutiny().GetFromJsonAsync<HarmWeightsResponse>("/api/plans/harm-weights", TestJson.Options);

        var problem = await incomplete.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("harm-weights-incomplete", problem.GetProperty("rule").GetString());
        Assert.Contains("'Robbery'", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, scrutiny.StatusCode);
        Assert.Equal(14, read!.Weights.Count);
    }

    private static object ProposalFromAssessment(int? assessmentYear, Guid? deliveryGroupId, params string[] answers) => new
    {
        title = $"Neighbourhood crime {Guid.NewGuid():N}",
        description = "Burglary in Norwich carries the most harm of any crime type in any district.",
        strategicTheme = "Tackling neighbourhood crime",
        sponsorAgency = "norfolk-constabulary",
        leadOfficer = "Head of Community Safety",
        deliveryGroupId,
        assessmentYear,
        answers,
    };
}
