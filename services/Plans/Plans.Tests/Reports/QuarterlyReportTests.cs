using System.Net;
using System.Net.Http.Json;
using Plans.Api.Actions;
using Plans.Api.Domain;
using Plans.Api.Reports.QuarterlyReport;
using Plans.Tests.Actions;
using Plans.Tests.Infrastructure;
using Plans.Tests.Outcomes;
using Plans.Tests.Priorities;

namespace Plans.Tests.Reports;

/// <summary>The scrutiny report; the service's clock says 20 November 2025, so the last complete quarter is 2025-Q3.</summary>
public class QuarterlyReportTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    private readonly PlansApiFactory plans = plans.OnOutcomesToday();

    private async Task<QuarterlyReport> ReportAsync(string query = "") =>
        (await plans.Scrutiny().GetFromJsonAsync<QuarterlyReport>($"/api/plans/reports/quarterly{query}", TestJson.Options))!;

    private async Task<Guid> PriorityWithActionsAsync(string title, params (string DueOn, string Status)[] actions)
    {
        var officer = plans.PartnershipOfficer();
        var group = await officer.CreateGroupAsync($"Group for {title}");
        var priority = await officer.ProposeAsync(title, deliveryGroupId: group.Id);
        (await officer.PostAsync($"/api/plans/priorities/{priority.Id}/adopt", null)).EnsureSuccessStatusCode();
        foreach (var (dueOn, status) in actions)
        {
            var created = await officer.PostAsJsonAsync($"/api/plans/priorities/{priority.Id}/actions", new
            {
                description = $"Action due {dueOn}",
                ownerAgency = "norfolk-constabulary",
                dueOn,
                milestones = Array.Empty<object>(),
                successMeasure = "Done as described",
                enabler = "effective-interventions",
            });
            created.EnsureSuccessStatusCode();
            var action = (await created.Content.ReadFromJsonAsync<ActionResponse>(TestJson.Options))!;
            if (status != "not-started")
            {
                (await officer.SetStatusAsync(action.Id, status)).EnsureSuccessStatusCode();
            }
        }

        return priority.Id;
    }

    private async Task EnterAsync(Guid measureId, string area, params (string Period, decimal Value)[] readings)
    {
        foreach (var (period, value) in readings)
        {
            await plans.EnterReadingAsync(measureId, period, area, value);
        }
    }

    [Fact]
    public async Task Each_adopted_priority_shows_its_actions_by_reported_RAG_with_overdue_ones_listed()
    {
        var priority = await PriorityWithActionsAsync(
            "Road safety",
            ("2026-06-30", "not-started"), ("2026-03-31", "on-track"), ("2026-03-31", "at-risk"),
            ("2025-10-31", "on-track"), ("2025-09-30", "complete"));

        var report = await ReportAsync();

        Assert.Equal("2025-Q3", report.Period);
        Assert.Equal(["2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3"], report.Quarters);
        var row = Assert.Single(report.Priorities, p => p.PriorityId == priority);
        Assert.Equal(("Group for Road safety", new RagCounts(1, 1, 1, 1, 1)), (row.DeliveryGroup, row.Actions));
        var overdue = Assert.Single(row.Overdue);
        Assert.Equal((new DateOnly(2025, 10, 31), 20), (overdue.DueOn, overdue.DaysOverdue));
    }

    [Fact]
    public async Task Each_measure_shows_four_quarters_for_the_county_and_reporting_districts_with_direction_of_travel()
    {
        var outcome = await plans.DefineOutcomeAsync("Reduce overall neighbourhood crimes levels");
        var measure = await plans.DefineMeasureAsync(outcome.Id, name: "Number of reported burglaries in Norfolk", direction: "down");
        await EnterAsync(measure.Id, "county", ("2024-Q3", 900), ("2024-Q4", 812), ("2025-Q1", 790), ("2025-Q2", 745), ("2025-Q3", 731));
        await EnterAsync(measure.Id, "norwich", ("2025-Q2", 100), ("2025-Q3", 120));

        var report = await ReportAsync("?period=2025-Q3");

        var progress = report.Outcomes.Single(o => o.Number == outcome.Number).Measures.Single(m => m.MeasureId == measure.Id);
        Assert.Equal([812m, 790m, 745m, 731m], progress.County.Values);
        Assert.Equal((TravelJudgement.Improving, -81m, -10.0m, "2024-Q4", "2025-Q3"),
            (progress.County.Travel.Judgement, progress.County.Travel.Change, progress.County.Travel.PercentChange, progress.County.Travel.From, progress.County.Travel.To));
        var norwich = Assert.Single(progress.Districts);
        Assert.Equal(("norwich", TravelJudgement.Worsening, 20.0m), (norwich.Area, norwich.Travel.Judgement, norwich.Travel.PercentChange));
        Assert.Equal([null, null, 100m, 120m], norwich.Values);
    }

    [Fact]
    public async Task An_earlier_period_moves_the_window()
    {
        var outcome = await plans.DefineOutcomeAsync();
        var measure = await plans.DefineMeasureAsync(outcome.Id, direction: "up");
        await EnterAsync(measure.Id, "county", ("2024-Q1", 10), ("2024-Q2", 11), ("2025-Q3", 99));

        var report = await ReportAsync("?period=2024-Q2");

        var progress = report.Outcomes.SelectMany(o => o.Measures).Single(m => m.MeasureId == measure.Id);
        Assert.Equal(["2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2"], report.Quarters);
        Assert.Equal([null, null, 10m, 11m], progress.County.Values);
        Assert.Equal(TravelJudgement.Improving, progress.County.Travel.Judgement);
    }

    [Fact]
    public async Task A_future_quarter_is_refused_naming_the_rule_and_a_malformed_one_names_the_field()
    {
        var future = await plans.Scrutiny().GetAsync("/api/plans/reports/quarterly?period=2026-Q1");
        var malformed = await plans.Scrutiny().GetAsync("/api/plans/reports/quarterly.html?period=2025-Q5");

        Assert.Equal("period-in-future", (await future.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());
        Assert.True((await malformed.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("period", out _));
    }

    [Fact]
    public async Task Everyone_signed_in_reads_the_report_and_nobody_else()
    {
        var anonymous = await plans.ClientWithToken(null).GetAsync("/api/plans/reports/quarterly");
        var deliveryLead = await plans.Client(Platform.Contracts.Roles.DeliveryLead).GetAsync("/api/plans/reports/quarterly");

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.OK), (anonymous.StatusCode, deliveryLead.StatusCode));
    }

    [Fact]
    public async Task The_printable_page_has_the_tables_a_trend_line_and_words_not_codes()
    {
        await PriorityWithActionsAsync("Fraud <and scams>", ("2025-10-01", "at-risk"));
        var outcome = await plans.DefineOutcomeAsync("Reduce overall levels of hate crime, fraud and anti-social behaviour");
        var measure = await plans.DefineMeasureAsync(outcome.Id, name: "Hate crime reported to the police", direction: "neutral");
        await EnterAsync(measure.Id, "county", ("2024-Q4", 120), ("2025-Q3", 150));

        var response = await plans.Scrutiny().GetAsync("/api/plans/reports/quarterly.html");
        var page = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, page);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Fraud &lt;and scams&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<and scams>", page, StringComparison.Ordinal);
        Assert.Contains("Hate crime reported to the police", page, StringComparison.Ordinal);
        Assert.Contains("Rising (not judged), +25% since Q4 2024 (Oct–Dec)", page, StringComparison.Ordinal);
        Assert.Contains("Overdue actions", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
    }
}
