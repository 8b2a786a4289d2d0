using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using Platform.Contracts;
using Platform.Gateway;
using Platform.Testing;
using Prevent.Api;
using Prevent.Api.Domain;
using Prevent.Api.Referrals.SubmitReferral;
using RabbitMQ.Client;
using static Benchmarks.BenchSupport;

namespace Benchmarks.Prevent;

/// <summary>
/// HTTP referral intake, the way a partner system sends it (POST with an Idempotency-Key, a new referral each time),
/// at a fixed concurrency: straight to the Prevent service, then the same load through the gateway, then the durable
/// write limit of the same PostgreSQL server (a referral-sized row, one INSERT per transaction, the same number of
/// connections). The three alternate for a number of rounds so drifting machine load hits each alike; the ratios are
/// of the sums over all rounds. Each round also measures the AMQP door (issue 14): a partner system publishing referrals
/// to the intake exchange as its own RabbitMQ user as fast as publisher confirms allow, counted as accepted once
/// Prevent has stored them (the clock stops when the last one is a referral, not when the broker confirmed it).
/// </summary>
internal static class PreventBenchmark
{
    private const string Partner = "bench-partner-system";

    /// <summary>The partner system publishing by AMQP: its own RabbitMQ user, which user_id must name.</summary>
    private const string AmqpPartner = "bench-amqp-partner";

    /// <summary>Publishes awaiting their broker confirm at once: a partner pipelines, it does not wait for each.</summary>
    private const int AmqpPublishers = 64;

    public static async Task<int> RunAsync(string[] args)
    {
        var concurrency = Option(args, "--concurrency", 16);
        var seconds = Option(args, "--seconds", 10);
        var rounds = Option(args, "--rounds", 3);
        var warmUp = TimeSpan.FromSeconds(Option(args, "--warm-up", 15));

        PrintMachine();
        await using var postgres = await PostgresServer.StartDurableAsync();
        await using var broker = await RabbitMqServer.StartNewAsync();
        var database = await CreateDatabaseAsync(postgres.ConnectionString, "prevent");
        Console.WriteLine($"postgres: PostgreSQL {await ScalarAsync(database, "SHOW server_version")}, fsync {await ScalarAsync(database, "SHOW fsync")}, " +
            $"synchronous_commit {await ScalarAsync(database, "SHOW synchronous_commit")}, data in {postgres.Folder} ({FileSystemOf(postgres.Folder)})");

        var authority = await TestAuthority.SharedAsync();
        await using var prevent = new KestrelFactory<PreventApi>(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:postgres"] = database,
                ["ConnectionStrings:rabbitmq"] = broker.AmqpUri.ToString(),
                ["Auth:Authority"] = authority.Address.ToString(),
                // A key of the run's own: the service refuses to start without one outside Development (decision 0026).
                ["Prevent:PersonMatch:KeyId"] = "bench",
                ["Prevent:PersonMatch:Key"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            },
            "services/Prevent/Prevent.Api");
        await using var gateway = new KestrelFactory<GatewayApi>(
            new Dictionary<string, string?>
            {
                ["Auth:Authority"] = authority.Address.ToString(),
                ["Services:prevent"] = prevent.Address.ToString(),
                // One partner system sends everything here; its normal 600/min would turn the run into a 429 count.
                ["RateLimits:Authenticated:PermitLimit"] = "100000000",
            },
            "gateway/Gateway");
        var token = await authority.TokenAsync(Partner, [Roles.PartnerSystem]);
        using var direct = Client(prevent.Address, token);
        using var throughGateway = Client(gateway.Address, token);
        await using var durable = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(database) { MaxPoolSize = concurrency + 4 }.ConnectionString);
        await ExecuteAsync(database, "CREATE TABLE bench_referrals (LIKE referrals INCLUDING ALL)");

        var run = Guid.NewGuid().ToString("N")[..8];
        await using var amqp = await AmqpPartnerAsync(broker, prevent.Address); // the listener declares the intake exchange once the host runs
        Console.WriteLine($"load: {concurrency} concurrent callers, {rounds} rounds x {seconds} s per target, warm-up first");
        // Tiered JIT keeps recompiling hot code for several seconds of load on two cores: a short warm-up left round 1
        // paying twice the CPU per referral of later rounds.
        await LoadRun.RunAsync("warm-up", concurrency, warmUp, n => SubmitAsync(direct, $"{run}-wd-{n}"));
        await LoadRun.RunAsync("warm-up", concurrency, warmUp / 2, n => SubmitAsync(throughGateway, $"{run}-wg-{n}"));
        await LoadRun.RunAsync("warm-up", concurrency, TimeSpan.FromSeconds(2), n => InsertAsync(durable, $"{run}-wi-{n}"));
        await AmqpRoundAsync("warm-up", amqp, database, $"{run}-wa", 1000);
        Console.WriteLine($"settled after warm-up: {await SettleAsync()}");

        var results = new List<LoadResult>();
        for (var round = 1; round <= rounds; round++)
        {
            var duration = TimeSpan.FromSeconds(seconds);
            results.Add(Print(await LoadRun.RunAsync($"{round}: direct to Prevent", concurrency, duration, n => SubmitAsync(direct, $"{run}-d{round}-{n}"))));
            results.Add(Print(await LoadRun.RunAsync($"{round}: through the gateway", concurrency, duration, n => SubmitAsync(throughGateway, $"{run}-g{round}-{n}"))));
            results.Add(Print(await LoadRun.RunAsync($"{round}: INSERT+COMMIT (durable limit)", concurrency, duration, n => InsertAsync(durable, $"{run}-i{round}-{n}"))));
            // About as many as the durable limit writes in a round, so the AMQP round lasts about as long.
            var count = (int)Math.Max(1000, results[^1].PerSecond * seconds);
            results.Add(Print(await AmqpRoundAsync($"{round}: AMQP door (stored)", amqp, database, $"{run}-a{round}", count)));
        }

        // What any request costs before the service does anything: the client, the gateway's edge checks and proxying,
        // and the service answering 404 from routing. It sets how much of the 50% budget is left for the intake itself.
        var floor = Print(await LoadRun.RunAsync("HTTP floor: unrouted POST through the gateway", concurrency, TimeSpan.FromSeconds(seconds),
            n => PostUnroutedAsync(throughGateway, $"{run}-f-{n}")));

        var directRate = Rate(results, "direct");
        var gatewayRate = Rate(results, "gateway");
        var limit = Rate(results, "INSERT");
        var amqpRate = Rate(results, "AMQP");
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"direct   {directRate,8:F1}/s  {Percentiles(results, "direct")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gateway  {gatewayRate,8:F1}/s  {Percentiles(results, "gateway")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"durable  {limit,8:F1}/s  {Percentiles(results, "INSERT")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"amqp     {amqpRate,8:F1}/s  (first publish to last stored; latency is publish to broker confirm)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"gateway / direct = {gatewayRate / directRate:P1} (target >= 85%): {(gatewayRate / directRate >= 0.85 ? "met" : "MISSED")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"intake straight to the service / durable-write limit = {directRate / limit:P1}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"intake through the gateway / durable-write limit = {gatewayRate / limit:P1} (target >= 50%): {(gatewayRate / limit >= 0.5 ? "met" : "MISSED")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"AMQP door / durable-write limit = {amqpRate / limit:P1} (target >= 50%): {(amqpRate / limit >= 0.5 ? "met" : "MISSED")}"));
        var limitCost = results.Where(r => r.Name.Contains("INSERT", StringComparison.Ordinal)).Average(r => r.MachineCpuMsPerOperation);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"machine CPU per referral for 50% of the limit (both CPU-bound): at most {2 * limitCost:F2} ms; " +
            $"the HTTP floor through the gateway alone: {floor.MachineCpuMsPerOperation:F2} ms"));
        Console.WriteLine($"load average at the end: {LoadAverage()}");
        return results.Append(floor).Any(r => r.Failed > 0) ? 1 : 0;
    }

    /// <summary>
    /// A partner connection as its own RabbitMQ user (created through the management API, allowed to write to the
    /// intake exchange only), with one confirmed channel per concurrent publisher.
    /// </summary>
    private static async Task<AmqpPartnerConnection> AmqpPartnerAsync(RabbitMqServer broker, Uri started)
    {
        ArgumentNullException.ThrowIfNull(started);
        var password = Guid.NewGuid().ToString("N");
        using var management = new HttpClient { BaseAddress = broker.ManagementUri };
        management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("guest:guest"u8));
        (await management.PutAsJsonAsync($"api/users/{AmqpPartner}", new { password, tags = "" })).EnsureSuccessStatusCode();
        (await management.PutAsJsonAsync($"api/permissions/%2F/{AmqpPartner}", new { configure = "^$", write = @"^prevent\.partner-referrals$", read = "^$" }))
            .EnsureSuccessStatusCode();
        var uri = new UriBuilder(broker.AmqpUri) { UserName = AmqpPartner, Password = password }.Uri;
        var connection = await new ConnectionFactory { Uri = uri }.CreateConnectionAsync();
        var channels = new List<IChannel>();
        for (var i = 0; i < AmqpPublishers; i++)
        {
            channels.Add(await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true)));
        }

        return new AmqpPartnerConnection(connection, channels);
    }

    /// <summary>
    /// Publishes count referrals with confirms from <see cref="AmqpPublishers"/> publishers at once, then waits until
    /// Prevent has stored every one: the rate is referrals stored per second from the first publish.
    /// </summary>
    private static async Task<LoadResult> AmqpRoundAsync(string name, AmqpPartnerConnection amqp, string database, string keys, int count)
    {
        var started = Stopwatch.GetTimestamp();
        var machineBefore = MachineCpuMilliseconds();
        var published = await FixedRun.RunAsync(name, AmqpPublishers, count, async i =>
        {
            var body = Encoding.UTF8.GetBytes(PartnerMessageJson($"{keys}-{i}"));
            await amqp.Channels[i % AmqpPublishers].BasicPublishAsync(
                AmqpReferralListener.ExchangeName, "", mandatory: true,
                new BasicProperties { Persistent = true, ContentType = "application/json", UserId = AmqpPartner }, body);
            return true;
        });
        long stored;
        var deadline = Stopwatch.GetTimestamp() + (5 * 60 * Stopwatch.Frequency);
        while ((stored = long.Parse(await ScalarAsync(database,
                   $"SELECT count(*) FROM referrals WHERE submitted_by_agency = '{AmqpPartner}' AND intake_key LIKE '{Submission.PartnerReferencePrefix}{keys}-%'"), CultureInfo.InvariantCulture)) < count
               && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(50);
        }

        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var machine = MachineCpuMilliseconds();
        var rejected = await ScalarAsync(database, $"SELECT count(*) FROM rejected_referrals WHERE referral_reference LIKE '{keys}-%'");
        if (rejected != "0")
        {
            Console.Error.WriteLine($"  {rejected} AMQP referrals of {keys} were rejected (see rejected_referrals)");
        }

        return published with
        {
            Completed = (int)stored,
            Failed = count - (int)stored,
            PerSecond = stored / elapsed,
            CpuMsPerOperation = double.NaN,
            MachineCpuMsPerOperation = (machine.Busy - machineBefore.Busy) / Math.Max(1, stored),
        };
    }

    private static string PartnerMessageJson(string reference) => $$"""
        {"partnerAgency":"{{AmqpPartner}}","referralReference":"{{reference}}","sector":"education",
         "person":{"name":"Bench Person {{reference}}","dateOfBirth":"2009-03-01"},
         "district":"{{Districts.Norwich}}",
         "concerns":"Sharing extremist material with classmates and searching for how to join a banned group; the school's designated safeguarding lead has spoken to the family.",
         "ideology":"extreme-right-wing","riskFlags":["online-radicalisation","vulnerable-adult"]}
        """;

    private sealed record AmqpPartnerConnection(IConnection Connection, List<IChannel> Channels) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var channel in Channels)
            {
                await channel.DisposeAsync();
            }

            await Connection.DisposeAsync();
        }
    }

    /// <summary>
    /// Waits until this process is nearly idle: after a warm-up the tiered JIT recompiles hot code in the background
    /// for several seconds (0.5 core measured), which would otherwise be charged to the first round.
    /// </summary>
    private static async Task<string> SettleAsync()
    {
        var waited = TimeSpan.Zero;
        var window = TimeSpan.FromSeconds(1);
        double busy;
        do
        {
            var before = Environment.CpuUsage.TotalTime;
            await Task.Delay(window);
            waited += window;
            busy = (Environment.CpuUsage.TotalTime - before) / window;
        }
        while (busy > 0.1 && waited < TimeSpan.FromSeconds(30));

        return string.Create(CultureInfo.InvariantCulture, $"{waited.TotalSeconds:F0} s, process CPU {busy:P0} of a core");
    }

    private static LoadResult Print(LoadResult result)
    {
        Console.WriteLine(result);
        return result;
    }

    private static double Rate(List<LoadResult> results, string kind)
    {
        var of = results.Where(r => r.Name.Contains(kind, StringComparison.Ordinal)).ToList();
        return of.Average(r => r.PerSecond);
    }

    private static string Percentiles(List<LoadResult> results, string kind)
    {
        var of = results.Where(r => r.Name.Contains(kind, StringComparison.Ordinal)).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"p50 {of.Average(r => r.P50):F1} ms  p99 {of.Average(r => r.P99):F1} ms  cpu {of.Average(r => r.CpuMsPerOperation):F2} ms/op, " +
            $"machine {of.Average(r => r.MachineCpuMsPerOperation):F2} ms/op " +
            $"(means of rounds; per-round p99 {string.Join(" / ", of.Select(r => r.P99.ToString("F1", CultureInfo.InvariantCulture)))})");
    }

    private static HttpClient Client(Uri address, string token)
    {
        var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan }) { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A new referral each time: a new key, a new person (so no repeat link), the same size as a real one.</summary>
    private static Task<bool> SubmitAsync(HttpClient client, string key) =>
        PostReferralAsync(client, "/api/prevent/referrals", key, HttpStatusCode.Created);

    /// <summary>The same request to a path no service maps: the gateway forwards it, the service's router answers 404.</summary>
    private static Task<bool> PostUnroutedAsync(HttpClient client, string key) =>
        PostReferralAsync(client, "/api/prevent/no-such-route", key, HttpStatusCode.NotFound);

    private static async Task<bool> PostReferralAsync(HttpClient client, string path, string key, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(ReferralJson(key), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await client.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != expected)
        {
            Console.Error.WriteLine($"  {(int)response.StatusCode} for {key} at {path}");
            return false;
        }

        return true;
    }

    private static string ReferralJson(string key) => $$"""
        {"sector":"education",
         "person":{"name":"Bench Person {{key}}","dateOfBirth":"2009-03-01"},
         "district":"{{Districts.Norwich}}",
         "concerns":"Sharing extremist material with classmates and searching for how to join a banned group; the school's designated safeguarding lead has spoken to the family.",
         "ideology":"extreme-right-wing","riskFlags":["online-radicalisation","vulnerable-adult"]}
        """;

    /// <summary>The row the service writes for a referral, with the same indexes, alone in its own transaction.</summary>
    private static async Task<bool> InsertAsync(NpgsqlDataSource dataSource, string key)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO bench_referrals (id, submitted_by_agency, intake_key, request_hash, referrer_agency, sector, person, age_band,
                person_match_key, district, concerns, ideology, risk_flags, received_at, received_on, status, interventions, follow_ups, panel_reviews)
            VALUES ($1, $2, $3, $4, 'norwich-high-school', 'Education', $5, '15-17', $6, $7, $8, 'ExtremeRightWing',
                '["online-radicalisation","vulnerable-adult"]', now(), current_date, 'Received', '[]', '[]', '[]')
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7() });
        command.Parameters.Add(new NpgsqlParameter { Value = Partner });
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        command.Parameters.Add(new NpgsqlParameter { Value = Hex(key) });
        command.Parameters.Add(new NpgsqlParameter { Value = $$"""{"name":"Bench Person {{key}}","dateOfBirth":"2009-03-01","ageBand":null}""", NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter { Value = Hex("match" + key) });
        command.Parameters.Add(new NpgsqlParameter { Value = Districts.Norwich });
        command.Parameters.Add(new NpgsqlParameter
        {
            Value = "Sharing extremist material with classmates and searching for how to join a banned group; the school's designated safeguarding lead has spoken to the family.",
        });
        return await command.ExecuteNonQueryAsync() == 1;
    }

    private static string Hex(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private static async Task<string> CreateDatabaseAsync(string server, string name)
    {
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString() ?? "";
    }

    /// <summary>The file system holding the data, from /proc/mounts (tmpfs would make fsync free).</summary>
    private static string FileSystemOf(string path)
    {
        if (!File.Exists("/proc/mounts"))
        {
            return "unknown file system";
        }

        var mount = File.ReadAllLines("/proc/mounts").Select(line => line.Split(' '))
            .Where(parts => parts.Length > 2 && path.StartsWith(parts[1], StringComparison.Ordinal))
            .MaxBy(parts => parts[1].Length);
        return mount is null ? "unknown file system" : $"{mount[2]} on {mount[0]}";
    }
}
