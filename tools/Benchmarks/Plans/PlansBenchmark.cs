using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Contracts;
using Platform.Testing;
using Prevent.Contracts;
using static Benchmarks.BenchSupport;

namespace Benchmarks.Plans;

/// <summary>
/// The Plans service with a large outcomes framework loaded: how fast the quarterly scrutiny report answers, and how
/// many integration events per second its derived-reading consumers apply. Readings and actions are bulk-inserted
/// with SQL (loading 250,000 through the API would only measure the loader); priorities, outcomes and measures go
/// through the API so the data is what the service itself would have written.
/// </summary>
internal static class PlansBenchmark
{
    private const int AreasPerMeasure = 8;

    public static async Task<int> RunAsync(string[] args)
    {
        // Issue 18: the report stays fast as data grows, at 1,000,000 readings. They grow as history (more quarters)
        // for a framework of --measures measures: a partnership's report covers its measures, not every reading.
        var readings = Option(args, "--readings", 1_000_000);
        var measureCount = Option(args, "--measures", 250);
        var actions = Option(args, "--actions", 2_000);
        var requests = Option(args, "--requests", 300);
        var events = Option(args, "--events", 20_000);

        PrintMachine();
        // Production durability (fsync, synchronous commit): the shared test server runs without, which flatters writes.
        await using var postgres = await PostgresServer.StartDurableAsync();
        Environment.SetEnvironmentVariable("PLATFORM_TEST_POSTGRES", postgres.ConnectionString);
        await using var service = new BenchPlansService();
        await service.InitializeAsync();
        var client = service.ClientWithToken(service.Token(Agencies.Opcc, [Roles.PartnershipOfficer, Roles.Analyst, Roles.ScrutinyMember]));

        await using (var settings = new NpgsqlConnection(service.ConnectionString))
        {
            await settings.OpenAsync();
            await using var show = new NpgsqlCommand("SELECT current_setting('fsync') || ', synchronous_commit ' || current_setting('synchronous_commit')", settings);
            Console.WriteLine($"postgres: fsync {await show.ExecuteScalarAsync()}");
        }

        var load = Stopwatch.StartNew();
        var quarters = Math.Max(4, readings / (AreasPerMeasure * measureCount));
        var lastQuarter = await LoadAsync(client, service.ConnectionString, measureCount, quarters, actions);
        Console.WriteLine($"loaded {measureCount * quarters * AreasPerMeasure:N0} readings ({measureCount} measures x {AreasPerMeasure} areas x {quarters} quarters) and {actions:N0} actions in {load.Elapsed.TotalSeconds:F1} s");

        await ReportLatencyAsync(
            client, [$"/api/plans/reports/quarterly?period={lastQuarter}", $"/api/plans/reports/quarterly.html?period={lastQuarter}"], requests);
        await IngestionAsync(service, client, events);
        return 0;
    }

    private static async Task<string> LoadAsync(HttpClient client, string database, int measureCount, int quarters, int actions)
    {
        var group = await PostAsync(client, "/api/plans/delivery-groups", new
        {
            name = "Bench delivery group",
            purpose = "Benchmark data",
            chairAgency = Agencies.Constabulary,
            memberAgencies = new[] { Agencies.CountyCouncil },
        });
        for (var p = 0; p < 8; p++)
        {
            var priority = await PostAsync(client, "/api/plans/priorities", new
            {
                title = $"Bench priority {p + 1}",
                description = "Benchmark data",
                strategicTheme = "Benchmark",
                sponsorAgency = Agencies.Constabulary,
                leadOfficer = "Bench lead",
                deliveryGroupId = group,
            });
            (await client.PostAsync($"/api/plans/priorities/{priority}/adopt", null)).EnsureSuccessStatusCode();
        }

        var outcome = Guid.Empty;
        for (var m = 0; m < measureCount; m++)
        {
            if (m % 9 == 0)
            {
                outcome = await PostAsync(client, "/api/plans/outcomes", new { number = (m / 9) + 1, title = $"Bench outcome {(m / 9) + 1}" });
            }

            await PostAsync(client, $"/api/plans/outcomes/{outcome}/measures", new
            {
                name = $"Bench measure {m + 1}",
                unit = "count",
                direction = (m % 3) switch { 0 => "up", 1 => "down", _ => "neutral" },
                source = "Benchmark",
            });
        }

        // History ends with the current year, however long it is.
        var firstYear = DateTime.UtcNow.Year - ((quarters - 1) / 4);
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await ExecuteAsync(connection, $"""
            INSERT INTO readings (measure_id, period_start, area, value, origin, updated_at)
            SELECT m.id, make_date({firstYear} + q / 4, (q % 4) * 3 + 1, 1), a.area, round((random() * 1000)::numeric, 1), 'analyst', now()
            FROM measures m
            CROSS JOIN generate_series(0, {quarters - 1}) AS q
            CROSS JOIN unnest(ARRAY['county', '{string.Join("', '", Districts.All)}']) AS a(area)
            """);
        await ExecuteAsync(connection, $"""
            INSERT INTO delivery_actions (id, priority_id, description, owner_agency, due_on, milestones, success_measure, enabler, status, created_at)
            SELECT gen_random_uuid(), p.id, 'Bench action ' || n, 'norfolk-constabulary', current_date + ((n % 400) - 100),
                   '[]'::jsonb, 'Benchmark', 'effective-interventions',
                   (ARRAY['NotStarted', 'OnTrack', 'AtRisk', 'OffTrack', 'Complete'])[1 + n % 5], now()
            FROM generate_series(1, {actions}) AS n
            JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM priorities) p ON p.k = n % 8
            """);
        await ExecuteAsync(connection, "ANALYZE");
        var last = firstYear + ((quarters - 1) / 4);
        return $"{last}-Q{((quarters - 1) % 4) + 1}";
    }

    /// <summary>The JSON and HTML reports alternately, so machine noise falls on both alike.</summary>
    private static async Task ReportLatencyAsync(HttpClient client, string[] paths, int requests)
    {
        // Long enough for tiered JIT to finish with the report's code, so the figures are the steady state.
        for (var i = 0; i < 60; i++)
        {
            (await client.GetAsync(paths[i % paths.Length])).EnsureSuccessStatusCode();
        }

        var timings = paths.ToDictionary(path => path, _ => new List<double>(requests));
        var bytes = paths.ToDictionary(path => path, _ => 0L);
        for (var i = 0; i < requests * paths.Length; i++)
        {
            var path = paths[i % paths.Length];
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsByteArrayAsync();
            timings[path].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            response.EnsureSuccessStatusCode();
            bytes[path] = body.Length;
        }

        foreach (var path in paths)
        {
            var sorted = timings[path].Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"report {path}: {requests} requests, {bytes[path] / 1024.0:F0} KiB each: p50 {Percentile(sorted, 50):F1} ms, p95 {Percentile(sorted, 95):F1} ms, p99 {Percentile(sorted, 99):F1} ms, max {sorted[^1]:F1} ms (target p99 < 150 ms)"));
        }
    }

    /// <summary>
    /// Publishes <paramref name="events"/> Prevent referrals onto the broker as the Prevent service's relay would (all
    /// in the current quarter, so every one updates the same county reading: the worst case), and times them from the
    /// first publish until the derived readings hold every one of them.
    /// </summary>
    private static async Task IngestionAsync(BenchPlansService service, HttpClient client, int events)
    {
        var outcome = await PostAsync(client, "/api/plans/outcomes", new { number = 999, title = "Bench derived outcome" });
        var measure = await PostAsync(client, $"/api/plans/outcomes/{outcome}/measures", new
        {
            name = "Prevent referrals (bench)", unit = "count", direction = "neutral", source = "Prevent service", derivedFrom = "prevent-referrals",
        });
        var bus = service.Services.GetRequiredService<IBus>();
        string[] sectors = ["education", "health", "local-authority", "police", "other"];

        var started = Stopwatch.GetTimestamp();
        await Parallel.ForAsync(0, events, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, cancellationToken) =>
            await bus.Publish(
                new PreventReferralReceived
                {
                    OccurredAt = DateTimeOffset.UtcNow,
                    ReferralId = Guid.CreateVersion7(),
                    Sector = sectors[i % sectors.Length],
                    AgeBand = "15-17",
                    District = Districts.All[i % Districts.All.Count],
                },
                cancellationToken));
        var published = Stopwatch.GetElapsedTime(started);

        await using var connection = new NpgsqlConnection(service.ConnectionString);
        await connection.OpenAsync();
        var counted = 0L;
        var deadline = Stopwatch.GetTimestamp() + (300 * Stopwatch.Frequency);
        while (counted < events && Stopwatch.GetTimestamp() < deadline)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT coalesce(sum(value), 0)::bigint FROM readings WHERE measure_id = '{measure}' AND area = 'county'", connection);
            counted = (long)(await command.ExecuteScalarAsync())!;
            if (counted < events)
            {
                await Task.Delay(20);
            }
        }

        var applied = Stopwatch.GetElapsedTime(started);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingestion: {events:N0} PreventReferralReceived published in {published.TotalSeconds:F1} s ({events / published.TotalSeconds:F0}/s); {counted:N0} counted after {applied.TotalSeconds:F1} s: {counted / applied.TotalSeconds:F0} events/s applied (target >= 1,000/s)"));
    }

    private static async Task<Guid> PostAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetGuid();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 300 };
        await command.ExecuteNonQueryAsync();
    }
}
