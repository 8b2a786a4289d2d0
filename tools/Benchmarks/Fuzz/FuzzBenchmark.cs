using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Platform.Testing;
using static Benchmarks.BenchSupport;

namespace Benchmarks.Fuzz;

/// <summary>
/// The generated bad-input walk of the test suite (issue 14, tests/Platform.Testing/OpenApiFuzz), at volume, against a
/// running platform through its gateway: every operation of every service's OpenAPI document with a token holding every
/// role, and Consultation's public routes anonymously; the requests shared out evenly over the operations, the services
/// walked side by side. Fails (exit 1) on any 5xx, any refusal naming no field or rule, and any 429 (the gateway's
/// limits must be raised for the run, or it measures them instead of the services).
/// </summary>
internal static class FuzzBenchmark
{
    private static readonly string[] Services = ["plans", "reviews", "community-trigger", "prevent", "funding", "consultation"];

    private const string PublicRoutes = "/api/consultation/public/";

    public static async Task<int> RunAsync(string[] args)
    {
        var gateway = OptionText(args, "--gateway") ?? throw new ArgumentException("--gateway URL is required");
        var tokenFile = OptionText(args, "--token-file") ?? throw new ArgumentException("--token-file PATH is required");
        var requests = Option(args, "--requests", 10_000);
        var seed = Option(args, "--seed", 14);

        PrintMachine();
        using var staff = new HttpClient { BaseAddress = new Uri(gateway), Timeout = TimeSpan.FromMinutes(2) };
        staff.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await File.ReadAllTextAsync(tokenFile)).Trim());
        using var anonymous = new HttpClient { BaseAddress = new Uri(gateway), Timeout = TimeSpan.FromMinutes(2) };

        var walks = Services.Select(service => (Client: staff, Document: $"/api/{service}/openapi.json", Only: (string?)null, Label: service))
            .Append((Client: anonymous, Document: "/api/consultation/openapi.json", Only: PublicRoutes, Label: "consultation (public, anonymous)"))
            .ToList();
        var operations = 0;
        foreach (var walk in walks)
        {
            operations += await OpenApiFuzz.OperationCountAsync(walk.Client, walk.Document, walk.Only);
        }

        var perOperation = Math.Max(1, (int)Math.Ceiling((double)requests / operations));
        Console.WriteLine($"load: {operations} operations in {walks.Count} walks, {perOperation} requests each (asked for {requests}), seed {seed}, the walks side by side");

        var clock = Stopwatch.StartNew();
        var reports = await Task.WhenAll(walks.Select(async walk =>
        {
            var report = await OpenApiFuzz.RunAsync(walk.Client, walk.Document, seed, perOperation, walk.Only);
            Console.WriteLine($"  {walk.Label}: {report.Requests} requests, {report.Accepted} accepted, {report.ServerErrors.Count} 5xx, {report.UnnamedRefusals.Count} unnamed refusals");
            return report;
        }));
        clock.Stop();

        var total = reports.Aggregate((a, b) => a.Add(b));
        Console.WriteLine(total);
        Console.WriteLine($"requests {total.Requests}");
        Console.WriteLine($"5xx {total.ServerErrors.Count}");
        Console.WriteLine($"unnamed refusals {total.UnnamedRefusals.Count}");
        // A 429 is the gateway's limiter answering instead of the service: a run full of them tested the limiter.
        var throttled = total.Statuses.GetValueOrDefault((int)HttpStatusCode.TooManyRequests);
        Console.WriteLine($"throttled by the gateway (429) {throttled}; reached the services {total.Requests - throttled}");
        Console.WriteLine($"rate {total.Requests / clock.Elapsed.TotalSeconds:F1} requests/s ({clock.Elapsed.TotalSeconds:F1} s)");
        Console.WriteLine($"load average at the end: {LoadAverage()}");
        return total.ServerErrors.Count == 0 && total.UnnamedRefusals.Count == 0 && throttled == 0 ? 0 : 1;
    }
}
