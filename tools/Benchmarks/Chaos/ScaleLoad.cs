using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using static Benchmarks.BenchSupport;

namespace Benchmarks.Chaos;

/// <summary>
/// One measurement of <c>./platform bench scale</c> (issue 20): new HTTP referrals through the gateway, each with its
/// own Idempotency-Key, at a fixed concurrency for a fixed time; prints the rate on a line starting "rate". The script
/// runs it against 1 and then 2 replicas of the same platform and prints the ratio.
/// </summary>
internal static class ScaleLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var gateway = new Uri(args[Array.IndexOf(args, "--gateway") + 1]);
        var token = File.ReadAllText(args[Array.IndexOf(args, "--token-file") + 1]).Trim();
        var label = args[Array.IndexOf(args, "--label") + 1];
        var concurrency = Option(args, "--concurrency", 16);
        var seconds = Option(args, "--seconds", 30);
        var warmUp = Option(args, "--warm-up", 10);
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(5) }) { BaseAddress = gateway };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var run = $"scale-{label}-{Guid.NewGuid().ToString("N")[..8]}";
        await LoadRun.RunAsync("warm-up", concurrency, TimeSpan.FromSeconds(warmUp), n => SubmitAsync(http, $"{run}-w{n}"));
        var result = await LoadRun.RunAsync(label, concurrency, TimeSpan.FromSeconds(seconds), n => SubmitAsync(http, $"{run}-{n}"));
        Console.WriteLine(result);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rate {result.PerSecond:F1}"));
        return result.Failed > 0 ? 1 : 0;
    }

    private static async Task<bool> SubmitAsync(HttpClient http, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/prevent/referrals")
        {
            Content = new StringContent(ChaosLoad.ReferralJson(key).ToString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode == HttpStatusCode.Created;
    }
}
