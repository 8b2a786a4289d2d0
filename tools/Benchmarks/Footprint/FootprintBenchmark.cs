using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Platform.Contracts;
using Platform.Testing;
using static Benchmarks.BenchSupport;

namespace Benchmarks.Footprint;

/// <summary>
/// The memory the running platform (<c>./platform up</c>, which <c>./platform bench footprint</c> runs first) takes:
/// each process's resident set idle, at the end of a minute of mixed load through the gateway (reads, writes, reports
/// and partner referrals as the people and systems it serves send them), and after a pause; then the total.
/// </summary>
internal static class FootprintBenchmark
{
    private const double GatewayTargetMiB = 120;
    private const double ServiceTargetMiB = 150;

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 60);
        var concurrency = Option(args, "--concurrency", 8);
        var state = Path.Combine(RepositoryRoot.FullPath, ".platform");
        var gateway = new Uri("http://127.0.0.1:8080");

        PrintMachine();
        var processes = PlatformProcesses.Find(state);
        if (!processes.Any(p => p.Name == "gateway"))
        {
            Console.Error.WriteLine("The platform is not running: ./platform bench footprint starts it (./platform up).");
            return 1;
        }

        var idle = processes.ToDictionary(p => p.Name, p => p.Measure());
        var developmentSecret = File.ReadAllText(Path.Combine(state, "identity", "dev-tokens-secret")).Trim();
        using var mix = await RequestMix.CreateAsync(gateway, developmentSecret);
        await mix.CheckEachAsync();
        Console.WriteLine($"load: {concurrency} concurrent callers for {seconds} s through {gateway}, mix: {mix.Describe()}");
        var load = await LoadRun.RunAsync("mixed load through the gateway", concurrency, TimeSpan.FromSeconds(seconds), mix.SendAsync);
        Console.WriteLine(load);
        Console.WriteLine($"  answers: {mix.StatusCounts()}");
        var afterLoad = processes.ToDictionary(p => p.Name, p => p.Measure());
        await Task.Delay(TimeSpan.FromSeconds(15));
        var settled = processes.ToDictionary(p => p.Name, p => p.Measure());

        Console.WriteLine();
        Console.WriteLine("MiB                  idle RSS   RSS at end   RSS 15 s later   peak RSS   PSS 15 s later   target     ");
        var missed = false;
        foreach (var process in processes)
        {
            var target = process.IsDotNetService ? process.Name == "gateway" ? GatewayTargetMiB : ServiceTargetMiB : (double?)null;
            var met = target is null || settled[process.Name].RssMiB <= target;
            missed |= !met;
            var verdict = target is null ? "-" : string.Create(CultureInfo.InvariantCulture, $"<= {target:F0} {(met ? "met" : "NOT met")}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{process.Label,-20} {idle[process.Name].RssMiB,8:F0}   {afterLoad[process.Name].RssMiB,10:F0}   {settled[process.Name].RssMiB,14:F0}   {settled[process.Name].PeakRssMiB,8:F0}   {settled[process.Name].PssMiB,14:F0}   {verdict}"));
        }

        var dotnet = processes.Where(p => p.IsDotNetService).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"total",-20} {idle.Values.Sum(m => m.RssMiB),8:F0}   {afterLoad.Values.Sum(m => m.RssMiB),10:F0}   {settled.Values.Sum(m => m.RssMiB),14:F0}   {"",8}   {settled.Values.Sum(m => m.PssMiB),14:F0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{".NET services+gateway",-20} {dotnet.Sum(p => idle[p.Name].RssMiB),8:F0}   {dotnet.Sum(p => afterLoad[p.Name].RssMiB),10:F0}   {dotnet.Sum(p => settled[p.Name].RssMiB),14:F0}   {"",8}   {dotnet.Sum(p => settled[p.Name].PssMiB),14:F0}"));
        Console.WriteLine("(RSS of PostgreSQL and RabbitMQ is summed over their processes and counts shared memory in each; PSS shares it out.)");
        Console.WriteLine($"GC settings in force: {string.Join("; ", dotnet.Select(p => $"{p.Name} {p.GcSettings()}"))}");
        Console.WriteLine($"load average at the end: {LoadAverage()}");
        return missed || load.Failed > 0 ? 1 : 0;
    }
}

/// <summary>One platform process (or, for PostgreSQL and RabbitMQ, a server and the processes it started).</summary>
internal sealed record PlatformProcess(string Name, string Label, int Pid, bool IsDotNetService)
{
    public Memory Measure()
    {
        var pids = new[] { Pid }.Concat(DescendantsOf(Pid)).ToList();
        double rss = 0, pss = 0, peak = 0;
        foreach (var pid in pids)
        {
            rss += Kilobytes($"/proc/{pid}/status", "VmRSS:");
            peak += Kilobytes($"/proc/{pid}/status", "VmHWM:");
            pss += Kilobytes($"/proc/{pid}/smaps_rollup", "Pss:");
        }

        return new Memory(rss / 1024, peak / 1024, pss / 1024);
    }

    /// <summary>The GC settings the process was started with: its runtimeconfig.json and any DOTNET_GC* variables.</summary>
    public string GcSettings()
    {
        var environment = File.Exists($"/proc/{Pid}/environ")
            ? File.ReadAllText($"/proc/{Pid}/environ").Split('\0').Where(v => v.StartsWith("DOTNET_GC", StringComparison.OrdinalIgnoreCase)).ToList()
            : [];
        // ./platform up runs each service as: dotnet /absolute/path/Service.dll
        var dll = File.ReadAllText($"/proc/{Pid}/cmdline").Split('\0').FirstOrDefault(part => part.EndsWith(".dll", StringComparison.Ordinal));
        var runtimeConfig = dll is null ? null : Path.ChangeExtension(dll, ".runtimeconfig.json");
        var settings = runtimeConfig is not null && File.Exists(runtimeConfig)
            ? string.Join(", ", File.ReadAllLines(runtimeConfig).Select(line => line.Trim()).Where(line => line.Contains("System.GC", StringComparison.Ordinal)).Select(line => line.TrimEnd(',')))
            : "";
        return $"[{settings}{(environment.Count > 0 ? " " + string.Join(' ', environment) : "")}]";
    }

    private static IEnumerable<int> DescendantsOf(int parent)
    {
        var children = Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => int.TryParse(name, out _))
            .Select(name => int.Parse(name!, CultureInfo.InvariantCulture))
            .Where(pid => ParentOf(pid) == parent)
            .ToList();
        return children.Concat(children.SelectMany(DescendantsOf));
    }

    private static int ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name in parentheses may hold spaces; the fields after its closing parenthesis do not.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return -1;
        }
    }

    private static double Kilobytes(string file, string key)
    {
        try
        {
            var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
            return line is null ? 0 : double.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}

internal sealed record Memory(double RssMiB, double PeakRssMiB, double PssMiB);

internal static class PlatformProcesses
{
    /// <summary>What <c>./platform up</c> started, from the pid files it keeps under .platform/.</summary>
    public static List<PlatformProcess> Find(string state)
    {
        var found = new List<PlatformProcess>();
        var run = Path.Combine(state, "run");
        if (Directory.Exists(run))
        {
            found.AddRange(Directory.GetFiles(run, "*.pid").Order(StringComparer.Ordinal)
                .Select(file => (Name: Path.GetFileNameWithoutExtension(file), Pid: ReadPid(file)))
                .Where(p => p.Pid is not null)
                .Select(p => new PlatformProcess(p.Name, p.Name, p.Pid!.Value, IsDotNetService: true)));
        }

        Add("dashboard", "Aspire Dashboard", Path.Combine(state, "dashboard", "dashboard.pid"));
        Add("rabbitmq", "RabbitMQ (all)", Path.Combine(state, "rabbitmq", "rabbitmq.pid"));
        Add("postgres", "PostgreSQL (all)", Path.Combine(state, "postgres", "data", "postmaster.pid"));
        return found;

        void Add(string name, string label, string pidFile)
        {
            if (ReadPid(pidFile) is { } pid)
            {
                found.Add(new PlatformProcess(name, label, pid, IsDotNetService: false));
            }
        }
    }

    private static int? ReadPid(string file) =>
        File.Exists(file) && int.TryParse(File.ReadLines(file).FirstOrDefault()?.Trim(), CultureInfo.InvariantCulture, out var pid)
            && Directory.Exists($"/proc/{pid}") ? pid : null;
}

/// <summary>
/// What a working day sends through the gateway, in proportion: staff reading lists and reports, officers writing,
/// partner systems submitting Prevent referrals. Callers are spread over many token subjects, as many people would
/// be, so the per-subject rate limit does not turn the run into a count of 429s.
/// </summary>
internal sealed class RequestMix : IDisposable
{
    private const int SubjectsPerRole = 32;
    private readonly HttpClient client;
    private readonly (string Name, Func<long, HttpRequestMessage> Build, HttpStatusCode Expected)[] requests;
    private readonly Dictionary<string, int> statusCounts = [];
    private readonly string run = Guid.NewGuid().ToString("N")[..8];

    /// <summary>Tokens from the running identity service (its development grant, as ./platform token asks).</summary>
    public static async Task<RequestMix> CreateAsync(Uri gateway, string developmentSecret)
    {
        var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan }) { BaseAddress = gateway };
        var authority = new Uri("http://127.0.0.1:5107/identity/"); // directly: 160 token requests would meet the gateway's anonymous limit
        async Task<string[]> Tokens(string agency, string role, string? district)
        {
            var tokens = new string[SubjectsPerRole];
            for (var i = 0; i < tokens.Length; i++)
            {
                tokens[i] = await DevelopmentGrant.RequestAsync(client, authority, "csp-development", developmentSecret, agency, [role], district,
                    $"bench-footprint:{role}:{i}");
            }

            return tokens;
        }

        return new RequestMix(client,
            await Tokens(Agencies.Opcc, Roles.PartnershipOfficer, null),
            await Tokens("norfolk-county-council", Roles.ScrutinyMember, null),
            await Tokens("norwich-city-council", Roles.TriggerSpoc, Districts.Norwich),
            await Tokens("norfolk-county-council", Roles.ReviewManager, null),
            await Tokens("norwich-high-school", Roles.PartnerSystem, null));
    }

    private RequestMix(HttpClient client, string[] officer, string[] scrutiny, string[] spoc, string[] reviewManager, string[] partner)
    {
        this.client = client;
        requests =
        [
            ("list priorities", n => Get("/api/plans/priorities", officer, n), HttpStatusCode.OK),
            ("list plans", n => Get("/api/plans/plans", officer, n), HttpStatusCode.OK),
            ("list outcomes", n => Get("/api/plans/outcomes", officer, n), HttpStatusCode.OK),
            ("quarterly report", n => Get("/api/plans/reports/quarterly", scrutiny, n), HttpStatusCode.OK),
            ("propose priority", n => Post("/api/plans/priorities", officer, n, $$"""
                {"title":"Footprint {{run}}-{{n}}","description":"Bench priority","strategicTheme":"Safeguarding from harm","sponsorAgency":"norfolk-fire-rescue","leadOfficer":"Bench lead"}
                """), HttpStatusCode.Created),
            ("Prevent referral", n => Referral(partner, n), HttpStatusCode.Created),
            ("Prevent referral", n => Referral(partner, n), HttpStatusCode.Created),
            ("trigger pending decisions", n => Get("/api/community-trigger/cases/pending-decisions", spoc, n), HttpStatusCode.OK),
            ("list reviews", n => Get("/api/reviews", reviewManager, n), HttpStatusCode.OK),
            ("gateway liveness", _ => new HttpRequestMessage(HttpMethod.Get, "/health/live"), HttpStatusCode.OK),
        ];
    }

    public void Dispose() => client.Dispose();

    public string Describe() => string.Join(", ", requests.GroupBy(r => r.Name).Select(g => $"{g.Count()}/{requests.Length} {g.Key}"));

    /// <summary>Each kind of request once, so a mix that no longer matches the API fails before the minute starts.</summary>
    public async Task CheckEachAsync()
    {
        for (var i = 0; i < requests.Length; i++)
        {
            using var request = requests[i].Build(-1 - i);
            using var response = await client.SendAsync(request);
            if (response.StatusCode != requests[i].Expected)
            {
                throw new InvalidOperationException(
                    $"{requests[i].Name}: {request.Method} {request.RequestUri} answered {(int)response.StatusCode}, not {(int)requests[i].Expected}: {await response.Content.ReadAsStringAsync()}");
            }
        }
    }

    public async Task<bool> SendAsync(long n)
    {
        var (_, build, expected) = requests[n % requests.Length];
        using var request = build(n);
        using var response = await client.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        lock (statusCounts)
        {
            var key = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            statusCounts[key] = statusCounts.GetValueOrDefault(key) + 1;
        }

        return response.StatusCode == expected;
    }

    public string StatusCounts()
    {
        lock (statusCounts)
        {
            return string.Join(", ", statusCounts.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Value} x {s.Key}"));
        }
    }

    private static HttpRequestMessage Get(string path, string[] tokens, long n) => Authorised(new HttpRequestMessage(HttpMethod.Get, path), tokens, n);

    private static HttpRequestMessage Post(string path, string[] tokens, long n, string json) =>
        Authorised(new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") }, tokens, n);

    private HttpRequestMessage Referral(string[] tokens, long n)
    {
        var key = $"footprint-{run}-{n}";
        var request = Post("/api/prevent/referrals", tokens, n, $$"""
            {"sector":"education",
             "person":{"name":"Bench Person {{key}}","dateOfBirth":"2009-03-01"},
             "district":"{{Districts.Norwich}}",
             "concerns":"Sharing extremist material with classmates and searching for how to join a banned group; the school's designated safeguarding lead has spoken to the family.",
             "ideology":"extreme-right-wing","riskFlags":["online-radicalisation","vulnerable-adult"]}
            """);
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private static HttpRequestMessage Authorised(HttpRequestMessage request, string[] tokens, long n)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[(int)(Math.Abs(n) % tokens.Length)]);
        return request;
    }
}
