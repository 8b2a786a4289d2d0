using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Demo;

/// <summary>
/// The demo start: refuses a platform with non-demo records (<see cref="DemoGuard"/>), then through the gateway's APIs
/// imports a generated year of Norfolk street-level data, gives the police-data measures a baseline and a target,
/// compiles the strategic assessment's harm evidence and moves seeded work-plan actions through RAG statuses with
/// notes. Everything it writes carries its token subject or <see cref="Marker"/>. Running it again re-imports the
/// same months (replacing, never adding) and moves the next actions on.
/// </summary>
public sealed class DemoRun(IDemoClients clients, TextWriter log)
{
    public const string Marker = "[Synthetic demo]";

    private const string Opcc = "norfolk-opcc";

    /// <param name="otherServices">Also make activity in Community Trigger, Prevent and Reviews (the whole platform is up).</param>
    public async Task<int> RunAsync(DateOnly today, int rowsPerMonth, bool otherServices, CancellationToken cancellationToken)
    {
        var ranBefore = await DemoGuard.HasRunBeforeAsync(clients, cancellationToken);
        var refused = (await DemoGuard.FindNonDemoRecordsAsync(clients, cancellationToken)).ToList();
        if (otherServices && !ranBefore)
        {
            refused.AddRange(await DemoGuard.FindRecordsInOtherServicesAsync(clients, cancellationToken));
        }

        if (refused.Count > 0)
        {
            await log.WriteLineAsync($"Refused: this platform holds records the demo did not make, and demo data is never mixed with real data ({refused.Count} found):");
            foreach (var record in refused.Take(20))
            {
                await log.WriteLineAsync($"  {record}");
            }

            return 2;
        }

        var months = NorfolkStreetLevel.YearBefore(today);
        await ImportYearAsync(months, rowsPerMonth, cancellationToken);
        await SetTargetsAsync(months, cancellationToken);
        await CompileAssessmentAsync(today.Year, months[^1].Year, cancellationToken);
        await MoveActionsAsync(cancellationToken);
        var refusedSteps = 0;
        if (otherServices && ranBefore)
        {
            await log.WriteLineAsync("The demo ran here before: the other services keep their demo activity (not repeated).");
        }
        else if (otherServices)
        {
            refusedSteps = await new ServicesDemo(clients, log).RunAsync(today, cancellationToken);
        }

        await log.WriteLineAsync("Demo data in place: open /api/plans/reports/quarterly.html through the gateway.");
        return refusedSteps == 0 ? 0 : 3;
    }

    private async Task ImportYearAsync(IReadOnlyList<DateOnly> months, int rowsPerMonth, CancellationToken cancellationToken)
    {
        var analyst = await clients.AsAsync(Opcc, "analyst");
        for (var i = 0; i < months.Count; i++)
        {
            using var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(NorfolkStreetLevel.Month(months[i], i, rowsPerMonth)));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(file, "files", NorfolkStreetLevel.FileName(months[i]));
            var response = await analyst.PostAsync("/api/plans/crime-imports", form, cancellationToken);
            await EnsureAsync(response, $"import {NorfolkStreetLevel.FileName(months[i])}", cancellationToken);
            await log.WriteLineAsync($"imported {NorfolkStreetLevel.FileName(months[i])}");
        }
    }

    /// <summary>ASB reported to the police: seed 004's "reduce by 30 %", from the year's first quarter to the plan's end.</summary>
    private async Task SetTargetsAsync(IReadOnlyList<DateOnly> months, CancellationToken cancellationToken)
    {
        var analyst = await clients.AsAsync(Opcc, "analyst");
        var measures = await analyst.GetFromJsonAsync<JsonElement>("/api/plans/measures?limit=200", cancellationToken);
        var baselineQuarter = Quarter(months[0]);
        foreach (var (name, cut) in new[] { ("Anti-social behaviour reported to the police (added)", 0.30m), ("Number of reported burglaries in Norfolk", 0.10m) })
        {
            var measure = measures.GetProperty("items").EnumerateArray().FirstOrDefault(m => m.GetProperty("name").GetString() == name);
            if (measure.ValueKind == JsonValueKind.Undefined)
            {
                await log.WriteLineAsync($"no measure '{name}' (is the reference data seeded?): no target set");
                continue;
            }

            var id = measure.GetProperty("id").GetGuid();
            var readings = await analyst.GetFromJsonAsync<JsonElement>($"/api/plans/measures/{id}/readings?area=county&from={baselineQuarter}&to={baselineQuarter}", cancellationToken);
            var baseline = readings.EnumerateArray().Select(r => r.GetProperty("value").GetDecimal()).FirstOrDefault();
            var target = Math.Round(baseline * (1 - cut));
            var response = await analyst.PutAsJsonAsync($"/api/plans/measures/{id}/target", new
            {
                baseline = new { period = baselineQuarter, value = baseline },
                target = new { value = target, by = "2028-Q1", statement = $"{Marker} Reduce by {cut * 100:0} % over the 2025–28 plan" },
            }, cancellationToken);
            await EnsureAsync(response, $"target for '{name}'", cancellationToken);
            await log.WriteLineAsync($"'{name}': baseline {baseline} in {baselineQuarter}, target {target} by 2028-Q1");
        }
    }

    private async Task CompileAssessmentAsync(int year, int dataYear, CancellationToken cancellationToken)
    {
        var officer = await clients.AsAsync(Opcc, "partnership-officer");
        var existing = await officer.GetAsync($"/api/plans/assessments/{year}", cancellationToken);
        if (existing.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            var recorded = await officer.PostAsJsonAsync("/api/plans/assessments", new
            {
                year,
                summary = $"{Marker} Generated strategic assessment: the year's police-recorded crime weighed for harm.",
                keyRisks = new[] { new { risk = $"{Marker} Violence and ASB in Norwich's night-time economy", deliveryLead = "Serious Violence Duty Programme Group" } },
            }, cancellationToken);
            await EnsureAsync(recorded, "record the strategic assessment", cancellationToken);
        }

        var compiled = await officer.PostAsJsonAsync($"/api/plans/assessments/{year}/crime-evidence", new { dataYear }, cancellationToken);
        await EnsureAsync(compiled, "compile the assessment's crime evidence", cancellationToken);
        await log.WriteLineAsync($"strategic assessment {year}: crime evidence compiled from {dataYear}");
    }

    /// <summary>Every seeded priority's first actions get a RAG status with a note, as a delivery group's quarterly update would.</summary>
    private async Task MoveActionsAsync(CancellationToken cancellationToken)
    {
        var officer = await clients.AsAsync(Opcc, "partnership-officer");
        var priorities = await officer.GetFromJsonAsync<JsonElement>("/api/plans/priorities?limit=200", cancellationToken);
        string[] statuses = ["on-track", "on-track", "at-risk", "off-track", "complete"];
        var moved = 0;
        foreach (var priority in priorities.GetProperty("items").EnumerateArray())
        {
            var actions = await officer.GetFromJsonAsync<JsonElement>($"/api/plans/priorities/{priority.GetProperty("id").GetGuid()}/actions?limit=200", cancellationToken);
            var open = actions.GetProperty("items").EnumerateArray().Where(a => a.GetProperty("status").GetString() != "complete").Take(statuses.Length).ToList();
            for (var i = 0; i < open.Count; i++)
            {
                var status = statuses[(i + moved) % statuses.Length];
                if (status == open[i].GetProperty("status").GetString())
                {
                    continue;
                }

                var response = await officer.PostAsJsonAsync($"/api/plans/actions/{open[i].GetProperty("id").GetGuid()}/status", new
                {
                    status,
                    note = $"{Marker} Quarterly update from the delivery group.",
                }, cancellationToken);
                await EnsureAsync(response, "set an action's status", cancellationToken);
                moved++;
            }
        }

        await log.WriteLineAsync($"{moved} action statuses changed");
    }

    private static string Quarter(DateOnly month) => string.Create(CultureInfo.InvariantCulture, $"{month.Year}-Q{((month.Month - 1) / 3) + 1}");

    private static Task EnsureAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken) =>
        DemoHttp.EnsureAsync(response, what, cancellationToken);
}
