using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Demo;
using Plans.Api.Domain;
using Plans.Api.Reports.QuarterlyReport;
using Plans.Tests.Infrastructure;

namespace Plans.Tests.Demo;

/// <summary>Clients of the service under test with the demo's token subject, as ./platform token would give.</summary>
internal sealed class FactoryDemoClients(PlansApiFactory plans) : IDemoClients
{
    public Task<HttpClient> AsAsync(string agency, string role, string? district = null) =>
        Task.FromResult(plans.As(agency, IDemoClients.Subject, role));
}

/// <summary>
/// The demo start against the real Plans service with its reference data seeded (as ./platform up starts it); the
/// other services' part is not run here (their own services are not started by this fixture).
/// </summary>
public class DemoRunTests(SeededPlansApiFactory plans) : IClassFixture<SeededPlansApiFactory>
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Fact]
    public async Task A_demo_run_fills_the_quarterly_report_with_a_year_of_figures_targets_and_RAG_changes_and_runs_again_without_adding()
    {
        var log = new StringWriter();

        var first = await new DemoRun(new FactoryDemoClients(plans), log).RunAsync(Today, rowsPerMonth: 400, otherServices: false, CancellationToken.None);
        var second = await new DemoRun(new FactoryDemoClients(plans), log).RunAsync(Today, rowsPerMonth: 400, otherServices: false, CancellationToken.None);

        Assert.True((first, second) == (0, 0), log.ToString());
        var imports = await plans.Analyst().GetFromJsonAsync<JsonElement>("/api/plans/crime-imports?limit=100", TestJson.Options);
        Assert.Equal(12, imports.GetArrayLength()); // 2025-10 to 2026-09, once each: the second run replaced, never added
        var report = (await plans.Scrutiny().GetFromJsonAsync<QuarterlyReport>("/api/plans/reports/quarterly?period=2026-Q3", TestJson.Options))!;
        var asb = report.Outcomes.SelectMany(o => o.Measures).Single(m => m.Name == "Anti-social behaviour reported to the police (added)");
        Assert.All(asb.County.Values, value => Assert.True(value > 0));
        Assert.Equal(7, asb.Districts.Count);
        Assert.Equal((new Quarter(2025, 4), new Quarter(2028, 1)), (asb.Baseline!.Period, asb.Target!.By));
        Assert.NotEqual(TargetStatus.NotEnoughData, asb.TargetProgress!.Status);
        Assert.Contains(report.Priorities, p => p.Actions.OnTrack > 0 && p.Actions.AtRisk > 0);
        var harm = await plans.Scrutiny().GetAsync("/api/plans/assessments/2026/harm");
        Assert.Equal(HttpStatusCode.OK, harm.StatusCode);
    }
}

/// <summary>The refusal rule, each case in a database of its own.</summary>
public class DemoRefusalTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Fact]
    public async Task A_platform_holding_an_analysts_import_is_refused_and_left_as_it_was()
    {
        await using var plans = new PlansApiFactory();
        await plans.InitializeAsync();
        var month = NorfolkStreetLevel.Month(new DateOnly(2025, 1, 1), 0, rowsPerMonth: 50);
        using var form = new MultipartFormDataContent { { new StringContent(month), "files", "2025-01-norfolk-street.csv" } };
        (await plans.As("norfolk-opcc", "analyst-7", "analyst").PostAsync("/api/plans/crime-imports", form)).EnsureSuccessStatusCode();
        var log = new StringWriter();

        var result = await new DemoRun(new FactoryDemoClients(plans), log).RunAsync(Today, rowsPerMonth: 50, otherServices: false, CancellationToken.None);

        Assert.Equal(2, result);
        Assert.Contains("crime import 2025-01-norfolk-street.csv by analyst-7", log.ToString(), StringComparison.Ordinal);
        var imports = await plans.Analyst().GetFromJsonAsync<JsonElement>("/api/plans/crime-imports?includeReplaced=true", TestJson.Options);
        Assert.Equal(1, imports.GetArrayLength());
    }

    [Fact]
    public async Task An_officers_own_priority_or_a_hand_typed_reading_is_refused()
    {
        await using var plans = new PlansApiFactory();
        await plans.InitializeAsync();
        var officer = plans.PartnershipOfficer();
        (await officer.PostAsJsonAsync("/api/plans/priorities", new
        {
            title = "Rural crime",
            description = "Theft of farm machinery.",
            strategicTheme = "Tackling neighbourhood crime",
            sponsorAgency = "norfolk-constabulary",
            leadOfficer = "Rural crime lead",
        })).EnsureSuccessStatusCode();
        var log = new StringWriter();

        var result = await new DemoRun(new FactoryDemoClients(plans), log).RunAsync(Today, rowsPerMonth: 50, otherServices: false, CancellationToken.None);

        Assert.Equal(2, result);
        Assert.Contains("priority 'Rural crime'", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_generator_writes_the_police_uk_format_the_same_every_time_with_every_row_in_a_norfolk_district_or_unlocated()
    {
        var month = NorfolkStreetLevel.Month(new DateOnly(2026, 7, 1), 9, rowsPerMonth: 2000);
        var lines = month.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(month, NorfolkStreetLevel.Month(new DateOnly(2026, 7, 1), 9, rowsPerMonth: 2000));
        Assert.Equal(NorfolkStreetLevel.Header, lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.InRange(rows.Count, 1800, 2300);
        Assert.All(rows, r => Assert.Equal(12, r.Length));
        Assert.All(rows, r => Assert.Equal("2026-07", r[1]));
        Assert.All(rows, r => Assert.True(r[8].Length == 0 || NorfolkStreetLevel.Districts.Any(d => r[8].StartsWith(d.Name + " ", StringComparison.Ordinal)), r[8]));
        Assert.All(rows, r => Assert.Equal(r[9] == "Anti-social behaviour", r[0].Length == 0));
        Assert.InRange(rows.Count(r => r[8].Length == 0), 10, 90); // about 2 % without a location
        Assert.Equal(
            [new DateOnly(2025, 10, 1), new DateOnly(2026, 9, 1)],
            new[] { NorfolkStreetLevel.YearBefore(Today)[0], NorfolkStreetLevel.YearBefore(Today)[^1] });
    }
}
