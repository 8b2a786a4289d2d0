using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using Web.Tests.Infrastructure;
using Web.Tests.Staff;

namespace Web.Tests.Analysis;

/// <summary>
/// Journey 4: an analyst enters a measure's reading (problems shown at their fields; a typed figure for a measure
/// counted from police.uk imports refused and explained), uploads a police.uk street-level file through the gateway
/// and sees the import: rows per district, the readings it produced and where each came from; a file with bad rows
/// is refused and its rows listed by line and column.
/// </summary>
[Collection(SharedWebPlatform.Name)]
public class AnalystJourneyTests(WebPlatform platform)
{
    private const string EnteredMeasure = "Seriousness of reoffending, measured using Cambridge Crime Harm Index";
    private const string PoliceMeasure = "Number of reported burglaries in Norfolk";

    [Fact]
    public async Task An_analyst_enters_a_reading_and_is_told_why_a_typed_figure_for_a_police_data_measure_is_refused()
    {
        var lastQuarter = Quarter(DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-3));
        var value = Random.Shared.Next(100, 900).ToString(CultureInfo.InvariantCulture) + ".5";
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Screenshots.OnFailureAsync(page, "analyst-readings", async () =>
        {
            await SignInTests.SignInAsync(page, platform.Address, "opcc.analyst");
            await page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Readings and crime data" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Readings and crime data");
            await Accessibility.AssertNoViolationsAsync(page);

            await page.GetByRole(AriaRole.Link, new() { Name = EnteredMeasure }).ClickAsync();
            await Assertions.Expect(page.Locator("#readings-source")).ToHaveTextAsync("Entered by analysts");
            await page.GetByLabel("Quarter").FillAsync("2025-Q5");
            await page.GetByLabel("Reading", new() { Exact = true }).FillAsync("about forty");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save reading" }).ClickAsync();
            await Assertions.Expect(page.Locator("#period-error")).ToContainTextAsync("for example 2025-Q3");
            await Assertions.Expect(page.Locator("#area-error")).ToContainTextAsync("Select the area");
            await Assertions.Expect(page.Locator("#value-error")).ToContainTextAsync("must be a number");
            await Assertions.Expect(page.Locator(".govuk-error-summary a[href='#value']")).ToBeVisibleAsync();
            await Accessibility.AssertNoViolationsAsync(page);
            await Screenshots.TakeAsync(page, "analysis-1-reading-errors");

            await page.GetByLabel("Quarter").FillAsync(lastQuarter);
            await page.GetByLabel("Area").SelectOptionAsync(new SelectOptionValue { Label = "Norwich" });
            await page.GetByLabel("Reading", new() { Exact = true }).FillAsync(value);
            await page.GetByLabel("Note (optional)").FillAsync("Provisional: awaiting the last month's data.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save reading" }).ClickAsync();
            await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"Reading for {lastQuarter} saved");
            var row = page.Locator("#readings tr", new() { HasText = lastQuarter }).Filter(new() { HasText = "Norwich" });
            await Assertions.Expect(row).ToContainTextAsync(value);
            await Assertions.Expect(row).ToContainTextAsync("Entered by an analyst: Provisional");
            await Accessibility.AssertNoViolationsAsync(page);

            await page.GotoAsync(new Uri(platform.Address, "analysis").ToString());
            await page.GetByRole(AriaRole.Link, new() { Name = PoliceMeasure }).ClickAsync();
            await Assertions.Expect(page.Locator("#readings-source")).ToHaveTextAsync("Imported police.uk files");
            await page.GetByLabel("Quarter").FillAsync(lastQuarter);
            await page.GetByLabel("Area").SelectOptionAsync(new SelectOptionValue { Label = "Norwich" });
            await page.GetByLabel("Reading", new() { Exact = true }).FillAsync("12");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save reading" }).ClickAsync();
            await Assertions.Expect(page.Locator("#value-error")).ToContainTextAsync("would clash with the imported one and has not been saved");
            await Accessibility.AssertNoViolationsAsync(page);
            await Screenshots.TakeAsync(page, "analysis-2-clash-refused");
        });
    }

    [Fact]
    public async Task An_analyst_uploads_a_police_uk_file_and_sees_its_rows_per_district_and_the_readings_it_produced_with_their_source()
    {
        var month = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-4);
        var monthText = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var fileName = $"{monthText}-norfolk-street.csv";
        var good = StreetFile(monthText, ("Burglary", "Norwich 001A", 3), ("Burglary", "Breckland 004B", 2), ("Anti-social behaviour", null, 1));
        var bad = StreetFile(monthText, ("Burglary", "Norwich 001A", 1), ("Burglery", "Norwich 001A", 1));
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Screenshots.OnFailureAsync(page, "analyst-import", async () =>
        {
            await SignInTests.SignInAsync(page, platform.Address, "opcc.analyst");
            await page.GotoAsync(new Uri(platform.Address, "analysis").ToString());
            await page.GetByRole(AriaRole.Button, new() { Name = "Import a police.uk crime file" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Import a police.uk crime file");
            await Accessibility.AssertNoViolationsAsync(page);

            await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
            await Assertions.Expect(page.Locator("#files-error")).ToContainTextAsync("Select a police.uk street-level file");

            await page.GetByLabel("Upload a file").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(bad) });
            await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
            await Assertions.Expect(page.Locator("#files-error")).ToContainTextAsync("Nothing from it was imported");
            var rejected = page.Locator("#rejected-rows tbody tr").First;
            await Assertions.Expect(rejected).ToContainTextAsync("3");
            await Assertions.Expect(rejected).ToContainTextAsync("Crime type");
            await Accessibility.AssertNoViolationsAsync(page);
            await Screenshots.TakeAsync(page, "analysis-3-rejected-rows");

            await page.GetByLabel("Upload a file").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(good) });
            await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(fileName);
            await Assertions.Expect(page.Locator("#import-status")).ToHaveTextAsync("Imported");
            await Assertions.Expect(page.Locator("#rows-read")).ToHaveTextAsync("6");
            await Assertions.Expect(page.Locator("#rows-per-place tr", new() { HasText = "Norwich" })).ToContainTextAsync("3");
            await Assertions.Expect(page.Locator("#rows-per-place tr", new() { HasText = "Breckland" })).ToContainTextAsync("2");
            var burglaries = page.Locator("table.produced-readings", new() { Has = page.Locator("caption", new() { HasText = PoliceMeasure }) });
            await Assertions.Expect(burglaries.Locator("tr", new() { HasText = "Norwich" })).ToContainTextAsync("3");
            await Accessibility.AssertNoViolationsAsync(page);
            await Screenshots.TakeAsync(page, "analysis-4-import");

            await burglaries.Locator("tr", new() { HasText = "Norwich" }).GetByRole(AriaRole.Link).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("reading for Norwich came from");
            await Assertions.Expect(page.Locator("#reading-files")).ToContainTextAsync(fileName);
            await Accessibility.AssertNoViolationsAsync(page);
        });
    }

    private static string Quarter(DateOnly day) => $"{day.Year}-Q{((day.Month - 1) / 3) + 1}";

    /// <summary>A police.uk street-level CSV as the files are: the header, then a row per crime (no location: no LSOA).</summary>
    private static string StreetFile(string month, params (string CrimeType, string? Lsoa, int Count)[] rows)
    {
        var csv = new StringBuilder("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n");
        var id = 0;
        foreach (var (crimeType, lsoa, count) in rows)
        {
            for (var i = 0; i < count; i++)
            {
                var crimeId = crimeType == "Anti-social behaviour" ? "" : $"{++id:x8}{new string('a', 56)}";
                var location = lsoa is null ? ",,No location,,," : $"1.2975,52.6309,On or near Castle Meadow,E0102{lsoa.Length:D4},{lsoa},";
                csv.Append(CultureInfo.InvariantCulture, $"{crimeId},{month},Norfolk Constabulary,Norfolk Constabulary,{location}{crimeType},Investigation complete; no suspect identified,\n");
            }
        }

        return csv.ToString();
    }
}
