using System.Net;
using System.Net.Http.Json;
using Plans.Tests.Infrastructure;
using Plans.Tests.Outcomes;

namespace Plans.Tests.Readings;

public class ReadingExportTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    private readonly PlansApiFactory plans = plans.OnOutcomesToday();

    [Fact]
    public async Task Readings_export_as_CSV_with_a_header_and_RFC_4180_quoting_for_everyone_signed_in()
    {
        var outcome = await plans.DefineOutcomeAsync("People feel safe, \"day and night\"");
        var measure = await plans.DefineMeasureAsync(outcome.Id, name: "Residents feeling safe, after dark", unit: "percent", direction: "up");
        await plans.EnterReadingAsync(measure.Id, "2025-Q2", "norwich", 61.25m);
        await plans.EnterReadingAsync(measure.Id, "2025-Q1", "county", 58m);

        var response = await plans.Scrutiny().GetAsync($"/api/plans/readings.csv?measureId={measure.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var title = $"\"{outcome.Number}. People feel safe, \"\"day and night\"\"\"";
        Assert.Equal(
            "outcome,measure,unit,period,area,value,origin,withheld\r\n"
            + $"{title},\"Residents feeling safe, after dark\",percent,2025-Q1,county,58,analyst,false\r\n"
            + $"{title},\"Residents feeling safe, after dark\",percent,2025-Q2,norwich,61.25,analyst,false\r\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_export_can_be_narrowed_by_quarters_and_area()
    {
        var measure = await plans.DefineMeasureAsync((await plans.DefineOutcomeAsync()).Id, name: "Narrowed");
        await plans.EnterReadingAsync(measure.Id, "2024-Q4", "county", 1);
        await plans.EnterReadingAsync(measure.Id, "2025-Q1", "county", 2);
        await plans.EnterReadingAsync(measure.Id, "2025-Q1", "breckland", 3);
        await plans.EnterReadingAsync(measure.Id, "2025-Q3", "county", 4);

        var csv = await plans.Scrutiny().GetStringAsync($"/api/plans/readings.csv?measureId={measure.Id}&from=2025-Q1&to=2025-Q2&area=county");

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.EndsWith(",Narrowed,count,2025-Q1,county,2,analyst,false", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=2025-Q7", "from")]
    [InlineData("area=suffolk", "area")]
    [InlineData("measureId=nope", "measureId")]
    public async Task A_bad_export_query_is_a_400_naming_the_parameter(string query, string field)
    {
        var response = await plans.Scrutiny().GetAsync($"/api/plans/readings.csv?{query}");

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}': {problem}");
    }

    [Fact]
    public async Task The_export_needs_a_signed_in_caller()
    {
        var response = await plans.ClientWithToken(null).GetAsync("/api/plans/readings.csv");

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_outcomes_framework()
    {
        var document = await plans.ClientWithToken(null).GetStringAsync("/api/plans/openapi.json");

        Assert.Contains("/api/plans/outcomes/{id}/measures", document, StringComparison.Ordinal);
        Assert.Contains("/api/plans/measures/{id}/readings/{period}/{area}", document, StringComparison.Ordinal);
        Assert.Contains("/api/plans/measures/{id}/readings/{period}/{area}/sources", document, StringComparison.Ordinal);
        Assert.Contains("/api/plans/readings.csv", document, StringComparison.Ordinal);
        Assert.Contains("text/csv", document, StringComparison.Ordinal);
    }
}
