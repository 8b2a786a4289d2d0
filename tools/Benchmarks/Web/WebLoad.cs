using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using static Benchmarks.BenchSupport;

namespace Benchmarks.Web;

/// <summary>
/// <c>./platform bench web</c> (issue 19): signed-in people clicking through journeys 2 (a Trigger SPOC: pending
/// decisions, a case), 3 (a partnership officer: the plan, a priority; a delivery lead: my actions, an action) and 5
/// (a scrutiny member: the quarterly report) through the gateway, each with their own session, for a fixed time. Per
/// page: the time the person waited, and from the web's Server-Timing header the web process's time and the time its
/// API calls took, so the web tier's own cost is set against the API calls behind each page.
/// </summary>
internal static partial class WebLoad
{
    private const string Password = "development-only-password";

    private sealed record Journey(string Name, string UserName, string ListPath, Regex Detail);

    private static readonly Journey[] Journeys =
    [
        new("2 SPOC", "norwich.spoc", "/trigger", TriggerCase()),
        new("3 officer", "opcc.officer", "/plans", Priority()),
        new("3 delivery lead", "delivery.lead", "/plans/my-actions", Action()),
        new("5 scrutiny", "scrutiny.member", "/scrutiny", Nothing()),
    ];

    private sealed record Sample(string Page, double Waited, double Server, double Api, int Calls);

    public static async Task<int> RunAsync(string[] args)
    {
        var site = new Uri(args[Array.IndexOf(args, "--site") + 1]);
        var users = Option(args, "--users", 50);
        var seconds = Option(args, "--seconds", 60);
        var warmUp = Option(args, "--warm-up", 15);
        PrintMachine();
        if (Array.IndexOf(args, "--community-trigger") is >= 0 and var at)
        {
            await SeedApplicationsAsync(new Uri(args[at + 1]), Option(args, "--applications", 20));
        }

        Console.WriteLine($"web bench: {users} signed-in users on journeys 2, 3 and 5 for {seconds} s (after {warmUp} s warm-up), through {site}");

        var sessions = new List<(Journey Journey, Session Session)>();
        var signIn = Stopwatch.StartNew();
        for (var i = 0; i < users; i++)
        {
            var journey = Journeys[i % Journeys.Length];
            var session = new Session(site);
            await session.SignInAsync(journey.UserName, Password);
            sessions.Add((journey, session));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{users} sign-ins (code + PKCE at the identity service) in {signIn.Elapsed.TotalSeconds:F1} s"));
        await RunAsync(sessions, TimeSpan.FromSeconds(warmUp));
        var cpuBefore = MachineCpuMilliseconds();
        var started = Stopwatch.GetTimestamp();
        var (samples, failures) = await RunAsync(sessions, TimeSpan.FromSeconds(seconds));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpu = MachineCpuMilliseconds();
        Print(samples, failures, elapsed, (cpu.Busy - cpuBefore.Busy) / (elapsed * 1000 * Environment.ProcessorCount));
        foreach (var (_, session) in sessions)
        {
            session.Dispose();
        }

        return failures == 0 && samples.Count > 0 ? 0 : 1;
    }

    /// <summary>Applications in Norwich for the SPOC to see, sent straight to the service as residents' would arrive.</summary>
    private static async Task SeedApplicationsAsync(Uri communityTrigger, int count)
    {
        using var http = new HttpClient { BaseAddress = communityTrigger };
        var happened = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10);
        for (var i = 0; i < count; i++)
        {
            using var sent = await http.PostAsJsonAsync("/api/community-trigger/applications", new
            {
                district = "norwich",
                applicant = new { name = $"Bench Resident {i}", capacity = "victim", phone = "01603 000000", consentRecorded = false },
                problemSummary = "Groups gathering and damaging cars every weekend.",
                incidents = new[]
                {
                    new { occurredOn = happened, description = "Cars scratched in the car park.", hateMotivated = false, reports = new[] { new { agency = "norfolk-constabulary", reportedOn = happened } } },
                },
                peopleAffected = Array.Empty<object>(),
            });
            if (!sent.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Seeding an application failed: {(int)sent.StatusCode} {await sent.Content.ReadAsStringAsync()}");
            }
        }

        Console.WriteLine($"{count} applications in Norwich for the SPOC's list");
    }

    private static async Task<(List<Sample> Samples, int Failures)> RunAsync(List<(Journey Journey, Session Session)> sessions, TimeSpan duration)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var results = await Task.WhenAll(sessions.Select((user, index) => Task.Run(async () =>
        {
            var samples = new List<Sample>();
            var failures = 0;
            var random = new Random(index);
            while (Stopwatch.GetTimestamp() < until)
            {
                // A click on the list, then on one of its records (the scrutiny report is one page).
                var (list, ok) = await user.Session.GetAsync(user.Journey.ListPath, $"{user.Journey.Name}: list", samples);
                failures += ok ? 0 : 1;
                var links = user.Journey.Detail.Matches(list).Select(m => m.Value).Distinct().ToList();
                if (links.Count > 0 && Stopwatch.GetTimestamp() < until)
                {
                    var (_, detailOk) = await user.Session.GetAsync(links[random.Next(links.Count)], $"{user.Journey.Name}: record", samples);
                    failures += detailOk ? 0 : 1;
                }
            }

            return (samples, failures);
        })));
        return ([.. results.SelectMany(r => r.samples)], results.Sum(r => r.failures));
    }

    private static void Print(List<Sample> samples, int failures, double elapsed, double machineBusy)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{samples.Count} pages in {elapsed:F1} s: {samples.Count / elapsed:F1} pages/s, {failures} failed; machine CPU busy {machineBusy:P0}, load average {LoadAverage()}"));
        Console.WriteLine($"{"page",-28} {"pages",6} {"waited p50",10} {"p95",7} {"web p50",8} {"p95",7} {"api p50",8} {"calls",5} {"own/api",8}");
        foreach (var group in samples.GroupBy(s => s.Page).OrderBy(g => g.Key, StringComparer.Ordinal).Append(samples.GroupBy(_ => "all pages").Single()))
        {
            var waited = group.Select(s => s.Waited).Order().ToArray();
            var server = group.Select(s => s.Server).Order().ToArray();
            var api = group.Select(s => s.Api).Order().ToArray();
            var own = group.Sum(s => s.Server - s.Api) / Math.Max(1e-9, group.Sum(s => s.Api));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{group.Key,-28} {waited.Length,6} {Percentile(waited, 50),8:F1}ms {Percentile(waited, 95),5:F1}ms {Percentile(server, 50),6:F1}ms {Percentile(server, 95),5:F1}ms {Percentile(api, 50),6:F1}ms {group.Average(s => s.Calls),5:F1} {own,8:P0}"));
        }

        var all = samples.Select(s => s.Server).Order().ToArray();
        var ownShare = samples.Sum(s => s.Server - s.Api) / Math.Max(1e-9, samples.Sum(s => s.Api));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"server time per page p95 {Percentile(all, 95):F1} ms (target < 300 ms); web tier's own cost {ownShare:P0} over its API calls (target <= 25 %)"));
    }

    [GeneratedRegex("/trigger/cases/[0-9a-f-]{36}")]
    private static partial Regex TriggerCase();

    [GeneratedRegex("/plans/priorities/[0-9a-f-]{36}")]
    private static partial Regex Priority();

    [GeneratedRegex("/plans/actions/[0-9a-f-]{36}")]
    private static partial Regex Action();

    [GeneratedRegex("(?!)")]
    private static partial Regex Nothing();

    /// <summary>
    /// One person's browser, as far as the server can tell: its own cookies (kept here, since .NET's cookie container
    /// will not send a Secure cookie over http://127.0.0.1 as browsers do), redirects followed one by one.
    /// </summary>
    private sealed partial class Session(Uri site) : IDisposable
    {
        private readonly HttpClient http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = site };
        private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);

        public async Task SignInAsync(string userName, string password)
        {
            var (page, address) = await FollowAsync(new HttpRequestMessage(HttpMethod.Get, "/sign-in"));
            var fields = HiddenField().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
            fields["username"] = userName;
            fields["password"] = password;
            var action = new Uri(new Uri(address, BaseHref().Match(page).Groups[1].Value), "account/sign-in");
            var (home, _) = await FollowAsync(new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(fields) });
            if (!home.Contains("Signed in as", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{userName} could not sign in.");
            }
        }

        public async Task<(string Body, bool Ok)> GetAsync(string path, string name, List<Sample> samples)
        {
            var started = Stopwatch.GetTimestamp();
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            AddCookies(request);
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var waited = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            KeepCookies(response);
            if (response.StatusCode != HttpStatusCode.OK || !response.Headers.TryGetValues("Server-Timing", out var timing))
            {
                return (body, false);
            }

            var header = string.Join(",", timing);
            samples.Add(new Sample(
                name, waited, Duration(header, "page"), Duration(header, "api"),
                int.Parse(ApiCalls().Match(header).Groups[1].Value, CultureInfo.InvariantCulture)));
            return (body, true);
        }

        private async Task<(string Body, Uri Address)> FollowAsync(HttpRequestMessage request)
        {
            for (var hop = 0; hop < 10; hop++)
            {
                AddCookies(request);
                using var response = await http.SendAsync(request);
                KeepCookies(response);
                var address = request.RequestUri!.IsAbsoluteUri ? request.RequestUri : new Uri(http.BaseAddress!, request.RequestUri);
                request.Dispose();
                if (response.Headers.Location is not { } location)
                {
                    return (await response.Content.ReadAsStringAsync(), address);
                }

                request = new HttpRequestMessage(HttpMethod.Get, location.IsAbsoluteUri ? location : new Uri(address, location));
            }

            throw new InvalidOperationException("Too many redirects signing in.");
        }

        private void AddCookies(HttpRequestMessage request)
        {
            if (cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
            }
        }

        private void KeepCookies(HttpResponseMessage response)
        {
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = header.Split(';')[0];
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var (name, value) = (pair[..equals].Trim(), pair[(equals + 1)..].Trim());
                if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                {
                    cookies.Remove(name);
                }
                else
                {
                    cookies[name] = value;
                }
            }
        }

        private static double Duration(string header, string metric) =>
            double.Parse(Regex.Match(header, metric + @";dur=([0-9.]+)").Groups[1].Value, CultureInfo.InvariantCulture);

        public void Dispose() => http.Dispose();

        [GeneratedRegex("""<input type="hidden" name="([^"]+)" value="([^"]*)">""")]
        private static partial Regex HiddenField();

        [GeneratedRegex("""<base href="([^"]+)">""")]
        private static partial Regex BaseHref();

        [GeneratedRegex("api;dur=[0-9.]+;desc=\"([0-9]+)\"")]
        private static partial Regex ApiCalls();
    }
}
