using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Plans.Api.Readings;
using Plans.Tests.Infrastructure;
using Plans.Tests.Outcomes;

namespace Plans.Tests.CrimeImports;

/// <summary>
/// Large uploads imported in the background (decision 0043): 202 with a run at Location that the analyst's page polls
/// for its status and rows read, accepted and rejected, until it completed (its rows count) or failed (nothing did).
/// </summary>
public class CrimeImportRunTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly PlansApiFactory plans = plans.OnOutcomesToday();

    private async Task<Guid> PoliceMeasureAsync(params string[] crimeTypes)
    {
        var measure = await plans.DefineMeasureAsync((await plans.DefineOutcomeAsync()).Id, derivedFrom: "police-recorded-crime");
        (await plans.Analyst().PutAsJsonAsync($"/api/plans/measures/{measure.Id}/crime-types", new { crimeTypes })).EnsureSuccessStatusCode();
        return measure.Id;
    }

    /// <summary>Polls the run at <paramref name="location"/> until it is no longer running; every answer seen, in order.</summary>
    private async Task<List<JsonElement>> PollAsync(Uri location)
    {
        var seen = new List<JsonElement>();
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var run = await plans.Scrutiny().GetFromJsonAsync<JsonElement>(location, TestJson.Options);
            seen.Add(run);
            if (run.GetProperty("status").GetString() != "running")
            {
                return seen;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"the run was still running after {Patience}: {seen[^1]}");
        return seen;
    }

    [Fact]
    public async Task A_large_upload_answers_202_and_its_run_is_polled_while_running_until_it_completed_and_its_rows_count()
    {
        var burglary = await PoliceMeasureAsync("Burglary");
        var file = new StreetLevelRows("2021-02").Add("Burglary", "Norwich 001A", 70_000).Add("Anti-social behaviour", null, 2_000);
        Assert.True(file.Bytes.Length > 8 * 1024 * 1024, "the file must exceed the default 8 MiB above which imports run in the background");

        var response = await plans.Analyst().PostAsync("/api/plans/crime-imports", StreetLevelRows.Form(("2021-02-norfolk-street.csv", file.Bytes)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>(TestJson.Options);
        Assert.Equal(("running", 0L), (accepted.GetProperty("status").GetString(), accepted.GetProperty("rowsRead").GetInt64()));
        Assert.Equal(["2021-02-norfolk-street.csv"], accepted.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        var seen = await PollAsync(response.Headers.Location!);
        Assert.All(seen.SkipLast(1), run => Assert.Equal("running", run.GetProperty("status").GetString()));
        var done = seen[^1];
        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.Equal((72_000L, 72_000L, 0L), (done.GetProperty("rowsRead").GetInt64(), done.GetProperty("rowsAccepted").GetInt64(), done.GetProperty("rowsRejected").GetInt64()));
        var import = done.GetProperty("imports")[0];
        Assert.Equal(("completed", 72_000), (import.GetProperty("status").GetString(), import.GetProperty("rowsRead").GetInt32()));
        var readings = await plans.Scrutiny().GetFromJsonAsync<IReadOnlyList<ReadingResponse>>($"/api/plans/measures/{burglary}/readings?from=2021-Q1&to=2021-Q1", TestJson.Options);
        Assert.Equal(70_000m, readings!.Single(r => r.Area == "norwich").Value);
        var fileImport = await plans.Scrutiny().GetFromJsonAsync<JsonElement>($"/api/plans/crime-imports/{import.GetProperty("id").GetGuid()}", TestJson.Options);
        Assert.Equal("completed", fileImport.GetProperty("status").GetString()); // a file import reads the same way as a run
    }

    [Fact]
    public async Task A_background_run_with_a_bad_row_failed_naming_the_line_counted_the_rejected_row_and_imported_nothing()
    {
        var burglary = await PoliceMeasureAsync("Burglary");
        var file = new StreetLevelRows("2021-05").Add("Burglary", "Norwich 001A", 3)
            .Line("abc,2021-05,Norfolk Constabulary,Norfolk Constabulary,1.2,52.6,On or near Here,E01026500,Norwich 001A,Burglery,Under investigation,")
            .Add("Burglary", "Norwich 001A", 2);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/plans/crime-imports") { Content = StreetLevelRows.Form(("2021-05-norfolk-street.csv", file.Bytes)) };
        request.Headers.Add("Prefer", "respond-async");

        var response = await plans.Analyst().SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var failed = (await PollAsync(response.Headers.Location!))[^1];
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Equal((6L, 5L, 1L), (failed.GetProperty("rowsRead").GetInt64(), failed.GetProperty("rowsAccepted").GetInt64(), failed.GetProperty("rowsRejected").GetInt64()));
        var problem = failed.GetProperty("problem");
        Assert.Equal("crime-file-rows", problem.GetProperty("rule").GetString());
        Assert.Equal((5, "Crime type"), (problem.GetProperty("errors")[0].GetProperty("line").GetInt32(), problem.GetProperty("errors")[0].GetProperty("columnName").GetString()));
        Assert.Empty(failed.GetProperty("imports").EnumerateArray());
        var readings = await plans.Scrutiny().GetFromJsonAsync<IReadOnlyList<ReadingResponse>>($"/api/plans/measures/{burglary}/readings?from=2021-Q2&to=2021-Q2", TestJson.Options);
        Assert.DoesNotContain(readings!, r => r.Value is > 0);
    }

    [Fact]
    public async Task A_run_that_does_not_exist_is_not_found()
    {
        var response = await plans.Scrutiny().GetAsync($"/api/plans/crime-imports/{Guid.NewGuid()}");

        Assert.Equal("crime-import-not-found", (await response.ReadProblemAsync(HttpStatusCode.NotFound)).GetProperty("rule").GetString());
    }
}
