using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Demo;
using EndToEnd.Tests.Infrastructure;
using Plans.Api;
using Plans.Api.Domain;
using Plans.Api.Reports.QuarterlyReport;
using Platform.Contracts;
using Platform.Testing;

namespace EndToEnd.Tests.Demo;

/// <summary>Clients with the demo's token subject, as ./platform token gives them, against one address.</summary>
internal sealed class TestAuthorityDemoClients(TestAuthority authority, Uri address) : IDemoClients
{
    public Task<HttpClient> AsAsync(string agency, string role, string? district = null)
    {
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", authority.Token(agency, [role], district, IDemoClients.Subject));
        return Task.FromResult(client);
    }
}

/// <summary>
/// <c>./platform demo</c> as <c>./platform up --demo</c> runs it: through the gateway in front of Plans (reference data
/// seeded), Community Trigger, Prevent and Reviews.
/// </summary>
public class DemoStartTests(PlatformUnderTest platform) : IClassFixture<PlatformUnderTest>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task A_demo_start_fills_the_quarterly_report_and_every_service_and_a_second_start_adds_nothing()
    {
        var log = new StringWriter();
        var clients = new TestAuthorityDemoClients(platform.Authority, platform.Gateway.Address);

        var first = await new DemoRun(clients, log).RunAsync(Today, rowsPerMonth: 400, otherServices: true, CancellationToken.None);
        var second = await new DemoRun(clients, log).RunAsync(Today, rowsPerMonth: 400, otherServices: true, CancellationToken.None);

        Assert.True((first, second) == (0, 0), log.ToString());
        var analyst = platform.ThroughGateway(Agencies.Opcc, Roles.Analyst);
        var imports = await analyst.GetFromJsonAsync<JsonElement>("/api/plans/crime-imports?limit=100", TestJson.Options);
        Assert.Equal(12, imports.GetArrayLength()); // the year's twelve months, once each: the second start replaced, never added

        var months = NorfolkStreetLevel.YearBefore(Today);
        var lastQuarter = QuarterOf(months[^1]);
        var scrutiny = platform.ThroughGateway(Agencies.Opcc, Roles.ScrutinyMember);
        var report = (await scrutiny.GetFromJsonAsync<QuarterlyReport>($"/api/plans/reports/quarterly?period={lastQuarter}", TestJson.Options))!;
        var asb = report.Outcomes.SelectMany(o => o.Measures).Single(m => m.Name == "Anti-social behaviour reported to the police (added)");
        Assert.All(asb.County.Values, value => Assert.True(value > 0));
        Assert.Equal(7, asb.Districts.Count);
        Assert.Equal((QuarterOf(months[0]), new Quarter(2028, 1)), (asb.Baseline!.Period, asb.Target!.By));
        Assert.NotEqual(TargetStatus.NotEnoughData, asb.TargetProgress!.Status);
        Assert.Contains(report.Priorities, p => p.Actions.OnTrack > 0 && p.Actions.AtRisk > 0);
        Assert.Equal(HttpStatusCode.OK, (await scrutiny.GetAsync($"/api/plans/assessments/{Today.Year}/harm")).StatusCode);

        var reviews = await platform.ReviewManager().GetFromJsonAsync<JsonElement>("/api/reviews", TestJson.Options);
        // The list shows no names: the demo's review is the one it took as far as commissioning.
        Assert.Contains(reviews.EnumerateArray(), r => r.GetProperty("district").GetString() == "norwich" && r.GetProperty("stage").GetString() == "commissioned");
        var triage = await platform.AsStaff(Agencies.Constabulary, Roles.PolicePreventOfficer).GetFromJsonAsync<JsonElement>("/api/prevent/triage-queue", TestJson.Options);
        Assert.Contains("[Synthetic demo]", triage.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("NOT done", log.ToString(), StringComparison.Ordinal);
    }

    private static Quarter QuarterOf(DateOnly month) => new(month.Year, ((month.Month - 1) / 3) + 1);
}

/// <summary>The refusal rule, each case against a Plans service and database of its own (no reference data seeded).</summary>
public class DemoRefusalTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Fact]
    public async Task A_platform_holding_an_analysts_import_is_refused_and_left_as_it_was()
    {
        var (authority, plans) = await StartPlansAsync();
        await using var _ = plans;
        var month = NorfolkStreetLevel.Month(new DateOnly(2025, 1, 1), 0, rowsPerMonth: 50);
        using var form = new MultipartFormDataContent { { new StringContent(month), "files", "2025-01-norfolk-street.csv" } };
        var analyst7 = As(authority, plans, Roles.Analyst, "analyst-7");
        (await analyst7.PostAsync("/api/plans/crime-imports", form)).EnsureSuccessStatusCode();
        var log = new StringWriter();

        var result = await new DemoRun(new TestAuthorityDemoClients(authority, plans.Address), log).RunAsync(Today, rowsPerMonth: 50, otherServices: false, CancellationToken.None);

        Assert.Equal(2, result);
        Assert.Contains("crime import 2025-01-norfolk-street.csv by analyst-7", log.ToString(), StringComparison.Ordinal);
        var imports = await analyst7.GetFromJsonAsync<JsonElement>("/api/plans/crime-imports?includeReplaced=true", TestJson.Options);
        Assert.Equal(1, imports.GetArrayLength());
    }

    [Fact]
    public async Task An_officers_own_priority_is_refused()
    {
        var (authority, plans) = await StartPlansAsync();
        await using var _ = plans;
        (await As(authority, plans, Roles.PartnershipOfficer, "officer-1").PostAsJsonAsync("/api/plans/priorities", new
        {
            title = "Rural crime",
            description = "Theft of farm machinery.",
            strategicTheme = "Tackling neighbourhood crime",
            sponsorAgency = Agencies.Constabulary,
            leadOfficer = "Rural crime lead",
        })).EnsureSuccessStatusCode();
        var log = new StringWriter();

        var result = await new DemoRun(new TestAuthorityDemoClients(authority, plans.Address), log).RunAsync(Today, rowsPerMonth: 50, otherServices: false, CancellationToken.None);

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

    private static async Task<(TestAuthority Authority, KestrelFactory<PlansApi> Plans)> StartPlansAsync()
    {
        var servers = await TestServers.SharedAsync();
        var authority = await TestAuthority.SharedAsync();
        var plans = new KestrelFactory<PlansApi>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = await servers.CreateDatabaseAsync("e2e-demo-plans"),
            ["ConnectionStrings:rabbitmq"] = (await servers.CreateVirtualHostAsync("e2e-demo")).ToString(),
            ["Auth:Authority"] = authority.Address.ToString(),
        });
        using var health = new HttpClient { BaseAddress = plans.Address };
        Assert.True(
            await Eventually.TrueAsync(async () => (await health.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(60)),
            "Plans did not become ready");
        return (authority, plans);
    }

    private static HttpClient As(TestAuthority authority, KestrelFactory<PlansApi> plans, string role, string subject)
    {
        var client = new HttpClient { BaseAddress = plans.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", authority.Token(Agencies.Opcc, [role], subject: subject));
        return client;
    }
}
