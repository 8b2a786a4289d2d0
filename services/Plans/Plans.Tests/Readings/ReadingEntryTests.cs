using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Domain;
using Plans.Api.Readings;
using Plans.Tests.Infrastructure;
using Plans.Tests.Outcomes;
using Platform.Contracts;

namespace Plans.Tests.Readings;

/// <summary>Analysts' readings; the service's clock says 20 November 2025 (2025-Q4) unless a test moves it.</summary>
public class ReadingEntryTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    private readonly PlansApiFactory plans = plans.OnOutcomesToday();

    private async Task<Guid> EnteredMeasureAsync() => (await plans.DefineMeasureAsync((await plans.DefineOutcomeAsync()).Id)).Id;

    private async Task<IReadOnlyList<ReadingResponse>> ReadingsAsync(Guid measureId, string query = "") =>
        (await plans.Scrutiny().GetFromJsonAsync<IReadOnlyList<ReadingResponse>>(
            $"/api/plans/measures/{measureId}/readings{query}", TestJson.Options))!;

    [Fact]
    public async Task An_analyst_enters_a_reading_and_re_entering_replaces_it_keeping_both_in_the_audit_log()
    {
        var measure = await EnteredMeasureAsync();

        var first = await plans.PutReadingAsync(measure, "2025-Q3", "norwich", new { value = 41.5, note = "provisional" });
        var second = await plans.PutReadingAsync(measure, "2025-Q3", "norwich", new { value = 43 });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var reading = Assert.Single(await ReadingsAsync(measure));
        Assert.Equal((new Quarter(2025, 3), "norwich", 43m, ReadingOrigin.Analyst, (string?)null),
            (reading.Period, reading.Area, reading.Value, reading.Origin, reading.Note));
        var audit = await plans.PartnershipOfficer().GetStringAsync($"/api/plans/audit?subjectId={measure}/2025-Q3/norwich");
        Assert.Contains("reading-entered", audit, StringComparison.Ordinal);
        Assert.Contains("reading-replaced", audit, StringComparison.Ordinal);
        Assert.Contains("41.5", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Re_entering_a_reading_someone_else_changed_since_you_read_it_is_refused_with_the_current_version()
    {
        var measure = await EnteredMeasureAsync();
        var first = await plans.PutReadingAsync(measure, "2025-Q2", "county", new { value = 100 });
        var seen = first.Headers.ETag!.Tag;
        (await plans.PutReadingAsync(measure, "2025-Q2", "county", new { value = 110 })).EnsureSuccessStatusCode();

        using var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/plans/measures/{measure}/readings/2025-Q2/county")
        {
            Content = JsonContent.Create(new { value = 90 }),
        };
        stale.Headers.TryAddWithoutValidation("If-Match", seen);
        var refused = await plans.Analyst().SendAsync(stale);

        var problem = await refused.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("stale-version", problem.GetProperty("rule").GetString());
        var current = Assert.Single(await ReadingsAsync(measure));
        Assert.Equal((110m, current.Version), (current.Value, problem.GetProperty("currentVersion").GetUInt32()));
        Assert.NotEqual($"\"{current.Version}\"", seen);
    }

    [Fact]
    public async Task Readings_are_listed_by_period_then_area_within_the_quarters_asked_for()
    {
        var measure = await EnteredMeasureAsync();
        foreach (var (period, area) in new[] { ("2025-Q2", "norwich"), ("2024-Q4", "county"), ("2025-Q2", "breckland"), ("2023-Q4", "county"), ("2025-Q2", "county") })
        {
            (await plans.PutReadingAsync(measure, period, area, new { value = 1 })).EnsureSuccessStatusCode();
        }

        var all = await ReadingsAsync(measure);
        var range = await ReadingsAsync(measure, "?from=2024-Q1&to=2025-Q2");
        var county = await ReadingsAsync(measure, "?from=2024-Q1&area=county");

        Assert.Equal(
            ["2023-Q4 county", "2024-Q4 county", "2025-Q2 breckland", "2025-Q2 county", "2025-Q2 norwich"],
            all.Select(r => $"{r.Period} {r.Area}"));
        Assert.Equal(4, range.Count);
        Assert.Equal(["2024-Q4 county", "2025-Q2 county"], county.Select(r => $"{r.Period} {r.Area}"));
    }

    [Fact]
    public async Task A_reading_for_an_unknown_measure_is_a_404()
    {
        var response = await plans.PutReadingAsync(Guid.NewGuid(), "2025-Q3", "county", new { value = 1 });

        Assert.Equal("measure-not-found", (await response.ReadProblemAsync(HttpStatusCode.NotFound)).GetProperty("rule").GetString());
    }

    [Theory]
    [InlineData("suffolk", "unknown-area")]
    [InlineData("Norwich", "unknown-area")]
    public async Task A_reading_for_an_unknown_area_is_a_422_and_nothing_is_written(string area, string rule)
    {
        var measure = await EnteredMeasureAsync();

        var response = await plans.PutReadingAsync(measure, "2025-Q3", area, new { value = 1 });

        Assert.Equal(rule, (await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());
        Assert.Empty(await ReadingsAsync(measure));
    }

    [Theory]
    [InlineData("2025-Q5")]
    [InlineData("2025Q3")]
    [InlineData("Q3-2025")]
    [InlineData("2025-07")]
    public async Task A_malformed_period_is_a_400_naming_the_period(string period)
    {
        var measure = await EnteredMeasureAsync();

        var response = await plans.PutReadingAsync(measure, period, "county", new { value = 1 });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("period", out _), $"errors should name 'period': {problem}");
        Assert.Empty(await ReadingsAsync(measure));
    }

    [Fact]
    public async Task A_reading_for_a_quarter_that_has_not_started_is_a_422()
    {
        var measure = await EnteredMeasureAsync();

        var response = await plans.PutReadingAsync(measure, "2026-Q1", "county", new { value = 1 });

        Assert.Equal("period-in-future", (await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());
        Assert.Empty(await ReadingsAsync(measure));
    }

    [Fact]
    public async Task The_current_quarter_begins_at_midnight_in_England_not_in_UTC()
    {
        var measure = await EnteredMeasureAsync();
        plans.Clock.Now = new DateTimeOffset(2025, 6, 30, 23, 30, 0, TimeSpan.Zero); // 00:30 on 1 July in London (BST)
        try
        {
            var response = await plans.PutReadingAsync(measure, "2025-Q3", "county", new { value = 1 });

            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
        finally
        {
            plans.Clock.Now = OutcomeRequests.Today;
        }
    }

    [Fact]
    public async Task A_derived_measure_s_readings_cannot_be_typed_in()
    {
        var measure = await plans.DefineMeasureAsync((await plans.DefineOutcomeAsync()).Id, derivedFrom: "channel-adoptions");

        var response = await plans.PutReadingAsync(measure.Id, "2025-Q3", "county", new { value = 7 });

        Assert.Equal("measure-is-derived", (await response.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        Assert.Empty(await ReadingsAsync(measure.Id));
    }

    [Theory]
    [InlineData("{}", "value")]
    [InlineData("""{"value": "lots"}""", "value")]
    [InlineData("""{"value": 1000000000000000}""", "value")]
    public async Task A_bad_reading_body_is_a_400_naming_the_field(string body, string field)
    {
        var measure = await EnteredMeasureAsync();

        var response = await plans.Analyst().PutAsync(
            $"/api/plans/measures/{measure}/readings/2025-Q3/county", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}': {problem}");
    }

    [Fact]
    public async Task Only_analysts_enter_readings_and_everyone_signed_in_reads_them()
    {
        var measure = await EnteredMeasureAsync();

        var asOfficer = await plans.PartnershipOfficer().PutAsJsonAsync($"/api/plans/measures/{measure}/readings/2025-Q3/county", new { value = 1 });
        var read = await plans.Client(Roles.DeliveryLead).GetAsync($"/api/plans/measures/{measure}/readings");

        await asOfficer.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Theory]
    [InlineData("?from=2025-Q9", "from")]
    [InlineData("?to=last", "to")]
    [InlineData("?area=suffolk", "area")]
    public async Task A_bad_readings_query_is_a_400_naming_the_parameter(string query, string field)
    {
        var measure = await EnteredMeasureAsync();

        var response = await plans.Scrutiny().GetAsync($"/api/plans/measures/{measure}/readings{query}");

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}': {problem}");
    }

    [Fact]
    public async Task The_sources_of_an_entered_reading_are_empty_and_of_an_unknown_area_a_422()
    {
        var measure = await EnteredMeasureAsync();
        (await plans.PutReadingAsync(measure, "2025-Q3", "county", new { value = 1 })).EnsureSuccessStatusCode();

        var sources = await plans.Analyst().GetStringAsync($"/api/plans/measures/{measure}/readings/2025-Q3/county/sources");
        var unknown = await plans.Analyst().GetAsync($"/api/plans/measures/{measure}/readings/2025-Q3/suffolk/sources");

        Assert.Contains("\"items\":[]", sources, StringComparison.Ordinal);
        await unknown.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Nothing_is_half_written_when_a_reading_is_refused()
    {
        var measure = await EnteredMeasureAsync();

        await plans.PutReadingAsync(measure, "2026-Q1", "county", new { value = 1 });

        await using var db = plans.NewDbContext();
        Assert.False(await db.Readings.AnyAsync(r => r.MeasureId == measure));
        Assert.False(await db.Set<Platform.ServiceDefaults.Audit.AuditEntry>().AnyAsync(a => a.SubjectId.StartsWith(measure.ToString())
            && a.Action.StartsWith("reading")));
    }
}
