using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Consultation.Api;
using Npgsql;
using Platform.Contracts;
using Platform.Gateway;
using Platform.Testing;
using static Benchmarks.BenchSupport;

namespace Benchmarks.Consultation;

/// <summary>
/// The youth survey's scale (issue 17): 12,000 anonymous responses to a 10-option ranking and a 10-option multi-select
/// (with the district profile question) submitted through the gateway by 32 concurrent respondents, each with its own
/// browser session token; then the results page. Against it, on the same PostgreSQL server with the same connections,
/// the durable single-insert limit: a response row, one INSERT per transaction, the same count. Results are timed two
/// ways: read again while nothing new arrived (served from memory), and computed afresh after one more response
/// arrived (a full tally of the answer rows), which is what the first reader after any submission waits for.
/// </summary>
internal static class ConsultationBenchmark
{
    private static readonly string[] Options = [.. Enumerable.Range(1, 10).Select(i => $"o{i}")];

    public static async Task<int> RunAsync(string[] args)
    {
        var responses = Option(args, "--responses", 12_000);
        var respondents = Option(args, "--respondents", 32);
        var reads = Option(args, "--reads", 200);
        var fresh = Option(args, "--fresh", 30);

        PrintMachine();
        await using var postgres = await PostgresServer.StartDurableAsync();
        await using var broker = await RabbitMqServer.StartNewAsync();
        var database = await CreateDatabaseAsync(postgres.ConnectionString, "consultation");
        Console.WriteLine($"postgres: PostgreSQL {await ScalarAsync(database, "SHOW server_version")}, fsync {await ScalarAsync(database, "SHOW fsync")}, " +
            $"synchronous_commit {await ScalarAsync(database, "SHOW synchronous_commit")}");

        var authority = await TestAuthority.SharedAsync();
        await using var consultation = new KestrelFactory<ConsultationApi>(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:postgres"] = database,
                ["ConnectionStrings:rabbitmq"] = broker.AmqpUri.ToString(),
                ["Auth:Authority"] = authority.Address.ToString(),
            },
            "services/Consultation/Consultation.Api");
        await using var gateway = new KestrelFactory<GatewayApi>(
            new Dictionary<string, string?>
            {
                ["Auth:Authority"] = authority.Address.ToString(),
                ["Services:consultation"] = consultation.Address.ToString(),
                // Every respondent comes from 127.0.0.1 here; a real survey's come from thousands of addresses.
                ["RateLimits:Anonymous:PermitLimit"] = "100000000",
                ["RateLimits:Authenticated:PermitLimit"] = "100000000",
            },
            "gateway/Gateway");
        using var officer = Client(gateway.Address, authority.Token(Agencies.CountyCouncil, [Roles.ConsultationOfficer], subject: "bench-officer"));
        using var anonymous = Client(gateway.Address, null);
        await WaitReadyAsync(officer, "/health/ready");

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var id = await CreateOpenSurveyAsync(officer, "Youth Advisory Boards survey (bench)", today);
        var warmUp = await CreateOpenSurveyAsync(officer, "Warm-up survey", today);
        var run = Guid.NewGuid().ToString("N")[..8];
        await FixedRunAsync("warm-up", respondents, 1_000, i => RespondAsync(anonymous, warmUp, $"{run}-warm-{i:D8}", i));
        for (var i = 0; i < 20; i++)
        {
            (await officer.GetAsync($"/api/consultation/consultations/{warmUp}/results")).EnsureSuccessStatusCode();
        }

        var submitted = await FixedRunAsync($"submit {responses:N0} responses via gateway", respondents, responses, i => RespondAsync(anonymous, id, $"{run}-resp-{i:D8}", i));

        await ExecuteAsync(database, "CREATE TABLE bench_responses (LIKE responses INCLUDING ALL)");
        await using var durable = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(database) { MaxPoolSize = respondents + 4 }.ConnectionString);
        var inserted = await FixedRunAsync($"INSERT+COMMIT {responses:N0} response rows (durable limit)", respondents, responses, i => InsertResponseAsync(durable, id, $"{run}-ins-{i:D8}", i));

        // The results page while nothing new arrives: what most readers of a closed or quiet survey get.
        var cached = new List<double>(reads);
        JsonElement results = default;
        for (var i = 0; i < reads; i++)
        {
            var started = Stopwatch.GetTimestamp();
            results = await officer.GetFromJsonAsync<JsonElement>($"/api/consultation/consultations/{id}/results");
            cached.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        // The first reader after a new response waits for a full tally.
        var afresh = new List<double>(fresh);
        for (var i = 0; i < fresh; i++)
        {
            if (!await RespondAsync(anonymous, id, $"{run}-fresh-{i:D8}", i))
            {
                return 1;
            }

            var started = Stopwatch.GetTimestamp();
            results = await officer.GetFromJsonAsync<JsonElement>($"/api/consultation/consultations/{id}/results");
            afresh.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var counted = results.GetProperty("respondents").GetInt32();
        var answerRows = await ScalarAsync(database, $"SELECT count(*) FROM answers WHERE consultation_id = '{id}'");
        cached.Sort();
        afresh.Sort();
        Console.WriteLine();
        Console.WriteLine($"results count {counted:N0} respondents (expected {responses + fresh:N0}) over {long.Parse(answerRows, CultureInfo.InvariantCulture):N0} answer rows");
        var ratio = submitted.PerSecond / inserted.PerSecond;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"responses {submitted.PerSecond:F1}/s through the gateway / durable single-insert limit {inserted.PerSecond:F1}/s = {ratio:P1} (target >= 25%): {(ratio >= 0.25 ? "met" : "MISSED")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"results page, nothing new ({reads} reads): p50 {Percentile(cached, 50):F1} ms, p99 {Percentile(cached, 99):F1} ms (target p99 < 500 ms): {(Percentile(cached, 99) < 500 ? "met" : "MISSED")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"results page computed afresh after a new response ({fresh} times): p50 {Percentile(afresh, 50):F1} ms, p99 {Percentile(afresh, 99):F1} ms, max {afresh[^1]:F1} ms (target < 1 s, p99 < 500 ms): {(Percentile(afresh, 99) < 500 ? "met" : Percentile(afresh, 99) < 1000 ? "under 1 s, p99 target MISSED" : "MISSED")}"));
        Console.WriteLine($"load average at the end: {LoadAverage()}");
        return counted == responses + fresh && submitted.Failed == 0 ? 0 : 1;
    }

    private static async Task<Guid> CreateOpenSurveyAsync(HttpClient officer, string title, DateOnly today)
    {
        var options = Options.Select(code => new { code, label = $"Option {code}" }).ToArray();
        using var created = await officer.PostAsJsonAsync("/api/consultation/consultations", new
        {
            title,
            purpose = "What would you like to see improved?",
            owners = new[] { Agencies.CountyCouncil },
            audience = "Children and young people",
            opensOn = today,
            questions = new object[]
            {
                new { id = "rank", kind = "ranking", text = "Rank these from most to least important", required = true, options },
                new { id = "improve", kind = "multiple-choice", text = "What would you improve?", options },
                new { id = "district", kind = "profile", text = "Where do you live?", profile = "district" },
            },
        });
        var body = await created.Content.ReadAsStringAsync();
        if (created.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"creating the survey: {(int)created.StatusCode} {body}");
        }

        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
        using var opened = await officer.PostAsync($"/api/consultation/consultations/{id}/open", null);
        opened.EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>Response n ranks the options rotated by n, ticks two, and gives one of the seven districts.</summary>
    private static async Task<bool> RespondAsync(HttpClient client, Guid id, string sessionToken, int n)
    {
        var json = JsonSerializer.Serialize(new
        {
            sessionToken,
            answers = new Dictionary<string, object>
            {
                ["rank"] = new { ranking = Enumerable.Range(0, 10).Select(r => Options[(n + r) % 10]).ToArray() },
                ["improve"] = new { choices = new[] { Options[n % 10], Options[(n + 1) % 10] } },
                ["district"] = new { choice = Districts.All[n % Districts.All.Count] },
            },
        });
        using var response = await client.PostAsync($"/api/consultation/public/consultations/{id}/responses", new StringContent(json, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Created)
        {
            Console.Error.WriteLine($"  {(int)response.StatusCode}: {body[..Math.Min(300, body.Length)]}");
            return false;
        }

        return true;
    }

    /// <summary>The response row the intake writes (the answer rows are extra work the service does on top).</summary>
    private static async Task<bool> InsertResponseAsync(NpgsqlDataSource dataSource, Guid consultationId, string sessionToken, int n)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO bench_responses (id, consultation_id, channel, session_token_hash, district, area_type, age_band, respondents, batch_label, entered_by, submitted_at, synthetic)
            VALUES ($1, $2, 'Online', $3, $4, NULL, NULL, 1, NULL, NULL, now(), false)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7() });
        command.Parameters.Add(new NpgsqlParameter { Value = consultationId });
        command.Parameters.Add(new NpgsqlParameter { Value = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sessionToken))) });
        command.Parameters.Add(new NpgsqlParameter { Value = Districts.All[n % Districts.All.Count] });
        return await command.ExecuteNonQueryAsync() == 1;
    }

    private static async Task<LoadResult> FixedRunAsync(string name, int concurrency, int count, Func<int, Task<bool>> operation)
    {
        var result = await FixedRun.RunAsync(name, concurrency, count, operation);
        Console.WriteLine(result);
        return result;
    }

    private static async Task WaitReadyAsync(HttpClient client, string path)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            using var response = await client.GetAsync(path);
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(500);
        }

        throw new InvalidOperationException("the gateway and the Consultation service did not become ready");
    }

    private static HttpClient Client(Uri address, string? token)
    {
        var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan }) { BaseAddress = address };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

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
}
