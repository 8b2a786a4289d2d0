using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Plans.Api.Domain;
using Plans.Api.Measures;
using Plans.Api.Reports.QuarterlyReport;
using Plans.Tests.Infrastructure;
using Plans.Tests.Outcomes;

namespace Plans.Tests.Reports;

/// <summary>
/// Baselines and targets set through the API and shown in the quarterly report (JSON, page and CSV); the service's
/// clock says 20 November 2025, so the report is for 2025-Q3 (window 2024-Q4 to 2025-Q3).
/// </summary>
public class MeasureTargetTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    private readonly PlansApiFactory plans = plans.OnOutcomesToday();

    private static readonly object AsbTarget = new
    {
        baseline = new { period = "2024-Q3", value = 4000 },
        target = new { value = 2800, by = "2027-Q3", statement = "Reduce ASB reported to the police by 30 %" },
    };

    private async Task<MeasureResponse> AsbMeasureAsync(string direction = "down")
    {
        var outcome = await plans.DefineOutcomeAsync("Reduce overall levels of hate crime, fraud and anti-social behaviour");
        return await plans.DefineMeasureAsync(outcome.Id, name: $"ASB reported to the police {Guid.NewGuid():N}", direction: direction);
    }

    private Task<HttpResponseMessage> SetTargetAsync(Guid measureId, object body, HttpClient? client = null) =>
        (client ?? plans.Analyst()).PutAsJsonAsync($"/api/plans/measures/{measureId}/target", body);

    [Fact]
    public async Task The_report_shows_progress_against_target_beside_direction_of_travel_in_JSON_page_and_CSV()
    {
        var measure = await AsbMeasureAsync();
        (await SetTargetAsync(measure.Id, AsbTarget)).EnsureSuccessStatusCode();
        foreach (var (period, value) in new[] { ("2024-Q4", 3900m), ("2025-Q1", 3800m), ("2025-Q2", 3700m), ("2025-Q3", 3500m) })
        {
            await plans.EnterReadingAsync(measure.Id, period, "county", value);
        }

        var report = (await plans.Scrutiny().GetFromJsonAsync<QuarterlyReport>("/api/plans/reports/quarterly", TestJson.Options))!;
        var page = await plans.Scrutiny().GetStringAsync("/api/plans/reports/quarterly.html");
        var csv = await plans.Scrutiny().GetStringAsync("/api/plans/reports/quarterly.csv");

        // 4000 -> 3500 is 500 of the 1200 to go (41.7 %), with 4 of 12 quarters gone (33.3 % expected).
        var progress = report.Outcomes.SelectMany(o => o.Measures).Single(m => m.MeasureId == measure.Id);
        Assert.Equal(new Baseline(new Quarter(2024, 3), 4000), progress.Baseline);
        Assert.Equal((2800m, new Quarter(2027, 3)), (progress.Target!.Value, progress.Target.By));
        Assert.Equal((TargetStatus.OnCourse, 41.7m, 33.3m), (progress.TargetProgress!.Status, progress.TargetProgress.PercentAchieved, progress.TargetProgress.ExpectedPercent));
        Assert.Equal(TravelJudgement.Improving, progress.County.Travel.Judgement);
        Assert.Contains("Target: 2,800 by Q3 2027 (Jul–Sep)", page, StringComparison.Ordinal);
        Assert.Contains("On course: 41.7% of the way to target in Q3 2025 (Jul–Sep) (33.3% expected by then)", page, StringComparison.Ordinal);
        var header = csv.Split("\r\n")[0];
        Assert.Equal(
            "outcome,measure,unit,desired_direction,area,2024-Q4,2025-Q1,2025-Q2,2025-Q3,direction_of_travel,percent_change,baseline_period,baseline_value,target_value,target_by,target_progress,percent_of_way_to_target,expected_percent",
            header);
        var row = Assert.Single(csv.Split("\r\n"), line => line.Contains(measure.Name, StringComparison.Ordinal));
        Assert.EndsWith(",county,3900,3800,3700,3500,improving,-10.3,2024-Q3,4000,2800,2027-Q3,on-course,41.7,33.3", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_target_is_saved_on_the_measure_and_removed_by_leaving_it_out()
    {
        var measure = await AsbMeasureAsync();

        var set = await SetTargetAsync(measure.Id, AsbTarget);
        var withTarget = await set.Content.ReadFromJsonAsync<MeasureResponse>(TestJson.Options);
        (await SetTargetAsync(measure.Id, new { baseline = new { period = "2024-Q3", value = 4000 } }, plans.PartnershipOfficer())).EnsureSuccessStatusCode();
        var after = await plans.Scrutiny().GetFromJsonAsync<MeasureResponse>($"/api/plans/measures/{measure.Id}", TestJson.Options);

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal("Reduce ASB reported to the police by 30 %", withTarget!.Target!.Statement);
        Assert.Equal((new Baseline(new Quarter(2024, 3), 4000), (Target?)null), (after!.Baseline, after.Target));
    }

    [Fact]
    public async Task Bad_input_names_the_field_and_a_broken_rule_names_the_rule()
    {
        var measure = await AsbMeasureAsync();
        var neutral = await AsbMeasureAsync("neutral");

        var noBaseline = await SetTargetAsync(measure.Id, new { target = new { value = 2800, by = "2027-Q3" } });
        var noTargetQuarter = await SetTargetAsync(measure.Id, new { baseline = new { period = "2024-Q3", value = 4000 }, target = new { value = 2800 } });
        var wrongWay = await SetTargetAsync(measure.Id, new { baseline = new { period = "2024-Q3", value = 4000 }, target = new { value = 4400, by = "2027-Q3" } });
        var neutralTarget = await SetTargetAsync(neutral.Id, AsbTarget);
        var scrutiny = await SetTargetAsync(measure.Id, AsbTarget, plans.Scrutiny());

        Assert.Contains("baseline", await ErrorKeysAsync(noBaseline), StringComparer.OrdinalIgnoreCase);
        Assert.Contains("target.by", await ErrorKeysAsync(noTargetQuarter), StringComparer.OrdinalIgnoreCase);
        var wrong = await wrongWay.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("target-wrong-direction", wrong.GetProperty("rule").GetString());
        Assert.Contains("target.value", wrong.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("neutral-measure-target", (await neutralTarget.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, scrutiny.StatusCode);
    }

    private static async Task<List<string>> ErrorKeysAsync(HttpResponseMessage response) =>
        (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
}
