using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Plans.Api.Domain;
using Plans.Api.Readings;
using Plans.Tests.Infrastructure;
using Plans.Tests.Outcomes;

namespace Plans.Tests.CrimeImports;

/// <summary>
/// Police.uk street-level files uploaded by an analyst and counted into the readings of police-data measures. The
/// imports are shared by every measure of the class's database, so each test works in its own months.
/// </summary>
public class CrimeImportTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    private readonly PlansApiFactory plans = plans.OnOutcomesToday();

    private async Task<Guid> PoliceMeasureAsync(params string[] crimeTypes)
    {
        var measure = await plans.DefineMeasureAsync((await plans.DefineOutcomeAsync()).Id, derivedFrom: "police-recorded-crime");
        var mapped = await plans.Analyst().PutAsJsonAsync($"/api/plans/measures/{measure.Id}/crime-types", new { crimeTypes });
        Assert.Equal(HttpStatusCode.Created, mapped.StatusCode);
        return measure.Id;
    }

    private Task<HttpResponseMessage> UploadAsync(params (string FileName, byte[] Content)[] files) =>
        plans.Analyst().PostAsync("/api/plans/crime-imports", StreetLevelRows.Form(files));

    private async Task<Dictionary<string, decimal>> ReadingsAsync(Guid measure, string period)
    {
        var readings = await plans.Scrutiny().GetFromJsonAsync<IReadOnlyList<ReadingResponse>>(
            $"/api/plans/measures/{measure}/readings?from={period}&to={period}", TestJson.Options);
        return readings!.ToDictionary(r => r.Area, r => r.Value!.Value);
    }

    [Fact]
    public async Task An_uploaded_month_becomes_readings_per_district_with_unlocated_rows_in_the_county_and_out_of_area_rows_nowhere()
    {
        var burglary = await PoliceMeasureAsync("Burglary");
        var asb = await PoliceMeasureAsync("Anti-social behaviour");
        var file = new StreetLevelRows("2024-01")
            .Add("Burglary", "Norwich 001A", 5)
            .Add("Burglary", "King's Lynn and West Norfolk 018C", 2)
            .Add("Burglary", null, 1)
            .Add("Burglary", "Mid Suffolk 003B", 3)
            .Add("Anti-social behaviour", "Great Yarmouth 004D", 4)
            .Add("Robbery", "Norwich 002B", 1);

        var response = await UploadAsync(("2024-01-norfolk-street.csv", file.Bytes));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestJson.Options);
        var import = body.GetProperty("imports")[0].GetProperty("import");
        Assert.Equal((16, "norfolk", "2024-01"), (import.GetProperty("rowsRead").GetInt32(), import.GetProperty("force").GetString(), import.GetProperty("month").GetString()));
        var places = import.GetProperty("places");
        Assert.Equal((6, 2, 4, 1, 3), (places.GetProperty("norwich").GetInt32(), places.GetProperty("kings-lynn-west-norfolk").GetInt32(),
            places.GetProperty("great-yarmouth").GetInt32(), places.GetProperty("unlocated").GetInt32(), places.GetProperty("out-of-area").GetInt32()));

        var readings = await ReadingsAsync(burglary, "2024-Q1");
        Assert.Equal((5m, 2m, 0m, 8m), (readings["norwich"], readings["kings-lynn-west-norfolk"], readings["breckland"], readings["county"]));
        Assert.Equal(8, readings.Count); // every area of an imported quarter has a reading, 0 included
        Assert.Equal((4m, 4m), ((await ReadingsAsync(asb, "2024-Q1"))["great-yarmouth"], (await ReadingsAsync(asb, "2024-Q1"))["county"]));

        var trace = await plans.Scrutiny().GetFromJsonAsync<JsonElement>($"/api/plans/measures/{burglary}/readings/2024-Q1/county/imports", TestJson.Options);
        var source = Assert.Single(trace.GetProperty("files").EnumerateArray());
        Assert.Equal(("2024-01-norfolk-street.csv", 8, 1), (source.GetProperty("fileName").GetString(), source.GetProperty("rows").GetInt32(), source.GetProperty("unlocated").GetInt32()));
    }

    [Fact]
    public async Task Re_importing_a_month_replaces_it_and_a_corrected_file_shows_what_changed()
    {
        var burglary = await PoliceMeasureAsync("Burglary");
        var first = new StreetLevelRows("2024-04").Add("Burglary", "Norwich 001A", 5).Add("Burglary", "Breckland 010A", 2);
        var corrected = new StreetLevelRows("2024-04").Add("Burglary", "Norwich 001A", 4).Add("Burglary", "Breckland 010A", 2);

        (await UploadAsync(("2024-04-norfolk-street.csv", first.Bytes))).EnsureSuccessStatusCode();
        var again = await UploadAsync(("2024-04-norfolk-street.csv", first.Bytes));
        Assert.Equal(7m, (await ReadingsAsync(burglary, "2024-Q2"))["county"]); // replaced, never added
        var identical = (await again.Content.ReadFromJsonAsync<JsonElement>(TestJson.Options)).GetProperty("imports")[0];
        Assert.True(identical.GetProperty("replaced").GetProperty("sameFile").GetBoolean());
        Assert.Equal(0, identical.GetProperty("changes").GetArrayLength());

        var correction = await UploadAsync(("2024-04-norfolk-street.csv", corrected.Bytes));

        var changed = (await correction.Content.ReadFromJsonAsync<JsonElement>(TestJson.Options)).GetProperty("imports")[0];
        Assert.False(changed.GetProperty("replaced").GetProperty("sameFile").GetBoolean());
        var change = Assert.Single(changed.GetProperty("changes").EnumerateArray());
        Assert.Equal(("Burglary", "norwich", 5, 4), (change.GetProperty("crimeType").GetString(), change.GetProperty("place").GetString(),
            change.GetProperty("before").GetInt32(), change.GetProperty("after").GetInt32()));
        var readings = await ReadingsAsync(burglary, "2024-Q2");
        Assert.Equal((4m, 6m), (readings["norwich"], readings["county"]));
        var history = await plans.Scrutiny().GetFromJsonAsync<JsonElement>("/api/plans/crime-imports?force=norfolk&includeReplaced=true", TestJson.Options);
        Assert.Equal(3, history.EnumerateArray().Count(i => i.GetProperty("month").GetString() == "2024-04"));
    }

    [Fact]
    public async Task A_month_archive_imports_every_forces_street_file_and_skips_the_others()
    {
        var robbery = await PoliceMeasureAsync("Robbery");
        var norfolk = new StreetLevelRows("2024-07").Add("Robbery", "Norwich 001A", 3).Add("Robbery", null, 2);
        var transport = new StreetLevelRows("2024-07", "British Transport Police").Add("Robbery", "Norwich 005C", 1).Add("Robbery", null, 7);
        var suffolk = new StreetLevelRows("2024-07", "Suffolk Constabulary").Add("Robbery", "Ipswich 001A", 9).Add("Robbery", "South Norfolk 001A", 1);
        var archive = StreetLevelRows.Zip(
            ("2024-07/2024-07-norfolk-street.csv", norfolk.ToString()),
            ("2024-07/2024-07-btp-street.csv", transport.ToString()),
            ("2024-07/2024-07-suffolk-street.csv", suffolk.ToString()),
            ("2024-07/2024-07-norfolk-outcomes.csv", "Crime ID,Month\n"));

        var response = await UploadAsync(("2024-07.zip", archive));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestJson.Options);
        Assert.Equal(3, body.GetProperty("imports").GetArrayLength());
        Assert.Equal(["2024-07/2024-07-norfolk-outcomes.csv"], body.GetProperty("skipped").EnumerateArray().Select(s => s.GetString()));
        var readings = await ReadingsAsync(robbery, "2024-Q3");
        // Another force's rows in Norfolk LSOAs count; other forces' unlocated rows are not Norfolk's.
        Assert.Equal((4m, 1m, 7m), (readings["norwich"], readings["south-norfolk"], readings["county"]));
    }

    public static TheoryData<string, string, int, string> BadRows => new()
    {
        { "2024-10,Norfolk Constabulary,Norfolk Constabulary,1.2,52.6,On or near Here,E01026500,Norwich 001A,Burglary,Under investigation", "crime-file-rows", 12, "Context" },
        { "2024-11,Norfolk Constabulary,Norfolk Constabulary,1.2,52.6,On or near Here,E01026500,Norwich 001A,Burglary,Under investigation,", "crime-file-rows", 2, "Month" },
        { "2024-10,Norfolk Constabulary,Norfolk Constabulary,1.2,52.6,On or near Here,E01026500,Norwich 001A,Burglery,Under investigation,", "crime-file-rows", 10, "Crime type" },
        { "2024-10,Norfolk Constabulary,Norfolk Constabulary,east,52.6,On or near Here,E01026500,Norwich 001A,Burglary,Under investigation,", "crime-file-rows", 5, "Longitude" },
        { "2024-10,Norfolk Constabulary,Norfolk Constabulary,1.2,52.6,On or near \"Here,E01026500,Norwich 001A,Burglary,Under investigation,", "crime-file-rows", 7, "Location" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task A_bad_row_refuses_the_whole_file_naming_its_line_and_column(string badRow, string rule, int column, string columnName)
    {
        var burglary = await PoliceMeasureAsync("Burglary");
        (await UploadAsync(("2024-10-norfolk-street.csv", new StreetLevelRows("2024-10").Add("Burglary", "Norwich 001A", 2).Bytes))).EnsureSuccessStatusCode();
        var file = new StreetLevelRows("2024-10").Add("Burglary", "Norwich 001A", 3).Line("abc," + badRow).Add("Burglary", "Norwich 001A");

        var refused = await UploadAsync(("2024-10-norfolk-street.csv", file.Bytes));

        var problem = await refused.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(rule, problem.GetProperty("rule").GetString());
        var error = problem.GetProperty("errors")[0];
        Assert.Equal((5, column, columnName), (error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32(), error.GetProperty("columnName").GetString()));
        Assert.Equal(2m, (await ReadingsAsync(burglary, "2024-Q4"))["norwich"]); // the earlier import still counts: nothing half-imported
    }

    [Fact]
    public async Task A_file_with_another_header_or_name_is_refused_before_anything_is_read()
    {
        var header = await UploadAsync(("2025-01-norfolk-street.csv", "Crime ID,Month,Falls within\n1,2025-01,Norfolk\n"u8.ToArray()));
        var name = await UploadAsync(("norfolk-crime.csv", new StreetLevelRows("2025-01").Add("Burglary", "Norwich 001A").Bytes));
        var archive = await UploadAsync(("2025-01.zip", "not a zip"u8.ToArray()));

        var headerProblem = await header.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("crime-file-header", headerProblem.GetProperty("rule").GetString());
        Assert.Equal("Reported by", headerProblem.GetProperty("errors")[0].GetProperty("columnName").GetString());
        Assert.Equal("crime-file-name", (await name.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());
        Assert.Equal("crime-archive", (await archive.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());
        var imports = await plans.Scrutiny().GetFromJsonAsync<JsonElement>("/api/plans/crime-imports?includeReplaced=true", TestJson.Options);
        Assert.DoesNotContain(imports.EnumerateArray(), i => i.GetProperty("month").GetString() == "2025-01");
    }

    [Fact]
    public async Task Changing_a_measures_crime_types_recounts_its_readings_and_keeps_the_change_in_the_audit_log()
    {
        var theft = await PoliceMeasureAsync("Bicycle theft");
        var file = new StreetLevelRows("2023-05").Add("Bicycle theft", "Norwich 001A", 2).Add("Shoplifting", "Norwich 001A", 5);
        (await UploadAsync(("2023-05-norfolk-street.csv", file.Bytes))).EnsureSuccessStatusCode();
        Assert.Equal(2m, (await ReadingsAsync(theft, "2023-Q2"))["norwich"]);

        using var remap = new HttpRequestMessage(HttpMethod.Put, $"/api/plans/measures/{theft}/crime-types")
        {
            Content = JsonContent.Create(new { crimeTypes = new[] { "Bicycle theft", "Shoplifting" } }),
        };
        var remapped = await plans.Analyst().SendAsync(remap);

        Assert.Equal(HttpStatusCode.OK, remapped.StatusCode);
        Assert.Equal(7m, (await ReadingsAsync(theft, "2023-Q2"))["norwich"]);
        var audit = await plans.PartnershipOfficer().GetStringAsync($"/api/plans/audit?subjectId={theft}");
        Assert.Contains("crime-types-mapped", audit, StringComparison.Ordinal);
        Assert.Contains("crime-types-remapped", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crime_types_are_refused_for_a_measure_analysts_enter_and_an_analyst_cannot_type_over_imported_figures()
    {
        var entered = await plans.DefineMeasureAsync((await plans.DefineOutcomeAsync()).Id);
        var police = await PoliceMeasureAsync("Drugs");

        var mapping = await plans.Analyst().PutAsJsonAsync($"/api/plans/measures/{entered.Id}/crime-types", new { crimeTypes = new[] { "Drugs" } });
        var unknown = await plans.Analyst().PutAsJsonAsync($"/api/plans/measures/{police}/crime-types", new { crimeTypes = new[] { "Fraud" } });
        var typed = await plans.PutReadingAsync(police, "2025-Q1", "norwich", new { value = 3 });

        Assert.Equal("measure-not-from-police-data", (await mapping.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());
        Assert.Equal("unknown-crime-type", (await unknown.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());
        Assert.Equal("measure-is-derived", (await typed.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_file_larger_than_other_requests_may_be_is_accepted_on_the_import_path()
    {
        var robbery = await PoliceMeasureAsync("Robbery");
        var file = new StreetLevelRows("2022-06").Add("Robbery", "Broadland 003A", 8_000);
        Assert.True(file.Bytes.Length > 1024 * 1024, "the file must exceed the 1 MiB limit of other requests");

        var response = await UploadAsync(("2022-06-norfolk-street.csv", file.Bytes));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(8_000m, (await ReadingsAsync(robbery, "2022-Q2"))["broadland"]);
    }

    [Fact]
    public async Task Only_analysts_import()
    {
        var response = await plans.Scrutiny().PostAsync(
            "/api/plans/crime-imports", StreetLevelRows.Form(("2022-01-norfolk-street.csv", new StreetLevelRows("2022-01").Bytes)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
