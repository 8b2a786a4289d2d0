using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Plans.Api.CrimeImports;
using Platform.Contracts;
using Platform.Testing;
using static Benchmarks.BenchSupport;

namespace Benchmarks.PlansImport;

/// <summary>
/// Police.uk street-level import at national scale (issue 18): a synthetic year in the real format (one zip per month,
/// 43 forces' files in each) imported by the Plans service's own importer, against the machine's PostgreSQL COPY of
/// the very same rows into a table, measured in the same run. Prints rows/s of both and their ratio, the importing
/// process's peak resident memory during the import, and the quarterly report's latency afterwards.
/// </summary>
internal static class PlansImportBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rows = Option(args, "--rows", 6_000_000);
        var months = Option(args, "--months", 12);
        var requests = Option(args, "--requests", 200);

        PrintMachine();
        var directory = Directory.CreateTempSubdirectory("plans-import-bench-");
        try
        {
            var generate = Stopwatch.StartNew();
            var zips = StreetLevelGenerator.Write(directory.FullName, rows, months);
            var bytes = zips.Sum(zip => new FileInfo(zip).Length);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generated {rows:N0} rows ({StreetLevelGenerator.Forces.Length} forces x {months} months) in {generate.Elapsed.TotalSeconds:F1} s: {zips.Count} zips, {bytes / 1048576.0:F0} MiB"));

            await using var postgres = await PostgresServer.StartDurableAsync();
            Environment.SetEnvironmentVariable("PLATFORM_TEST_POSTGRES", postgres.ConnectionString);
            await using var service = new BenchPlansService();
            await service.InitializeAsync();
            var analyst = service.ClientWithToken(service.Token(Agencies.Opcc, [Roles.PartnershipOfficer, Roles.Analyst, Roles.ScrutinyMember]));
            await DefinePoliceMeasuresAsync(analyst);

            var copied = await CopyAsync(service.ConnectionString, zips);
            var (imported, peakMiB, importTime) = await ImportAsync(service, zips);
            var copyRate = copied.Rows / copied.Time.TotalSeconds;
            var importRate = imported / importTime.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"COPY limit: {copied.Rows:N0} rows into a table in {copied.Time.TotalSeconds:F1} s = {copyRate:N0} rows/s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"import:     {imported:N0} rows counted and written in {importTime.TotalSeconds:F1} s = {importRate:N0} rows/s; peak RSS during import {peakMiB:N0} MiB (whole benchmark process, service included)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratio import / COPY: {importRate / copyRate:P0} (target >= 50 %); peak RSS target <= 300 MiB"));

            var (reimported, _, reimportTime) = await ImportAsync(service, zips.Take(1).ToList());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"re-import of the first month (replaces, never adds): {reimported:N0} rows in {reimportTime.TotalSeconds:F1} s"));
            await ReportLatencyAsync(analyst, requests);
            return 0;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task DefinePoliceMeasuresAsync(HttpClient client)
    {
        using var outcome = await client.PostAsJsonAsync("/api/plans/outcomes", new { number = 1, title = "Reduce neighbourhood crime" });
        var outcomeId = (await outcome.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        foreach (var type in new[] { "Burglary", "Robbery", "Anti-social behaviour", "Vehicle crime", "Violence and sexual offences" })
        {
            using var measure = await client.PostAsJsonAsync($"/api/plans/outcomes/{outcomeId}/measures", new
            {
                name = $"{type} (police.uk)", unit = "count", direction = "down", source = "police.uk", derivedFrom = "police-recorded-crime",
            });
            var id = (await measure.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            (await client.PutAsJsonAsync($"/api/plans/measures/{id}/crime-types", new { crimeTypes = new[] { type } })).EnsureSuccessStatusCode();
        }
    }

    /// <summary>The same rows COPYed into a twelve-column table, decompressed from the same zips: the floor any importer stands on.</summary>
    private static async Task<(long Rows, TimeSpan Time)> CopyAsync(string database, IReadOnlyList<string> zips)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand(
            "CREATE TABLE street_rows (crime_id text, month text, reported_by text, falls_within text, longitude text, latitude text, location text, lsoa_code text, lsoa_name text, crime_type text, last_outcome text, context text)",
            connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        var started = Stopwatch.StartNew();
        long rows = 0;
        var buffer = new char[1 << 16];
        foreach (var zip in zips)
        {
            using var archive = ZipFile.OpenRead(zip);
            foreach (var entry in archive.Entries)
            {
                await using var writer = await connection.BeginTextImportAsync("COPY street_rows FROM STDIN (FORMAT csv, HEADER true)");
                using var reader = new StreamReader(entry.Open());
                int read;
                while ((read = await reader.ReadAsync(buffer)) > 0)
                {
                    await writer.WriteAsync(buffer.AsMemory(0, read));
                }
            }
        }

        var time = started.Elapsed;
        await using var count = new NpgsqlCommand("SELECT count(*) FROM street_rows", connection);
        rows = (long)(await count.ExecuteScalarAsync())!;
        return (rows, time);
    }

    private static async Task<(long Rows, double PeakMiB, TimeSpan Time)> ImportAsync(BenchPlansService service, IReadOnlyList<string> zips)
    {
        GC.Collect();
        ResetPeakResident();
        var started = Stopwatch.StartNew();
        long rows = 0;
        foreach (var zip in zips)
        {
            await using var scope = service.Services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<CrimeImporter>();
            var outcome = await importer.ImportAsync([new CrimeUpload(Path.GetFileName(zip), () => File.OpenRead(zip))], "bench", CancellationToken.None);
            rows += outcome.Imported.Sum(file => (long)file.Import.RowsRead);
        }

        return (rows, PeakResidentMiB(), started.Elapsed);
    }

    private static async Task ReportLatencyAsync(HttpClient client, int requests)
    {
        const string path = "/api/plans/reports/quarterly?period=2024-Q4";
        for (var i = 0; i < 30; i++)
        {
            (await client.GetAsync(path)).EnsureSuccessStatusCode();
        }

        var timings = new List<double>(requests);
        for (var i = 0; i < requests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(path);
            _ = await response.Content.ReadAsByteArrayAsync();
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            response.EnsureSuccessStatusCode();
        }

        timings.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"quarterly report after the import: {requests} requests: p50 {Percentile(timings, 50):F1} ms, p99 {Percentile(timings, 99):F1} ms"));
    }

    /// <summary>Linux: writing 5 to clear_refs resets the process's high-water mark (VmHWM).</summary>
    private static void ResetPeakResident()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static double PeakResidentMiB() =>
        File.Exists("/proc/self/status")
            ? File.ReadLines("/proc/self/status").Where(line => line.StartsWith("VmHWM:", StringComparison.Ordinal))
                .Select(line => double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024).FirstOrDefault()
            : double.NaN;
}
