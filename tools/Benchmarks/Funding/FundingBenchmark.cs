using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Funding.Api;
using Npgsql;
using Platform.Contracts;
using Platform.Testing;
using static Benchmarks.BenchSupport;

namespace Benchmarks.Funding;

/// <summary>
/// The over-commitment race at scale (issue 16): 100 funds, each with an open round and more assessed applications than
/// its budget can pay; 50 concurrent deciders award every application over HTTP, shuffled so that every fund's last
/// money is contested at once. Afterwards no budget line may hold more committed than its budget, and the awards must
/// add up to exactly what each line committed. Then, on the same PostgreSQL server and with the same number of
/// connections, the durable single-insert limit: a grant-sized row, one INSERT per transaction, the same count.
/// Funds, rounds and one application per fund go through the API; the other applications and their scored assessments
/// are copied from those with SQL (submitting 10,000 through the API would measure the loader, not the decision).
/// </summary>
internal static class FundingBenchmark
{
    private const decimal Asked = 1_000m;

    public static async Task<int> RunAsync(string[] args)
    {
        var funds = Option(args, "--funds", 100);
        var awards = Option(args, "--awards", 10_000);
        var deciders = Option(args, "--deciders", 50);
        var perFund = awards / funds;
        // Three quarters of each fund's applications fit its budget: the rest must be refused, naming what remains.
        var budget = perFund * Asked * 3 / 4;

        PrintMachine();
        await using var postgres = await PostgresServer.StartDurableAsync();
        await using var broker = await RabbitMqServer.StartNewAsync();
        var database = await CreateDatabaseAsync(postgres.ConnectionString, "funding");
        Console.WriteLine($"postgres: PostgreSQL {await ScalarAsync(database, "SHOW server_version")}, fsync {await ScalarAsync(database, "SHOW fsync")}, " +
            $"synchronous_commit {await ScalarAsync(database, "SHOW synchronous_commit")}");

        var authority = await TestAuthority.SharedAsync();
        await using var funding = new KestrelFactory<FundingApi>(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:postgres"] = database,
                ["ConnectionStrings:rabbitmq"] = broker.AmqpUri.ToString(),
                ["Auth:Authority"] = authority.Address.ToString(),
            },
            "services/Funding/Funding.Api");
        using var officer = Client(funding.Address, authority.Token(Agencies.Opcc, [Roles.GrantsOfficer], subject: "bench-grants-officer"));
        using var applicant = Client(funding.Address, authority.Token("bench-youth-project", [], subject: "bench-applicant"));
        using var assessor = Client(funding.Address, authority.Token(Agencies.Constabulary, [], subject: "bench-assessor"));
        await WaitReadyAsync(officer);

        var load = Stopwatch.StartNew();
        var priorityId = Guid.CreateVersion7();
        await ExecuteAsync(database, $"INSERT INTO priorities (id, title, sponsor_agency, retired, updated_at) VALUES ('{priorityId}', 'Bench priority', 'norfolk-constabulary', false, now())");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var firstYear = today.Month >= 4 ? today.Year : today.Year - 1;
        for (var f = 0; f < funds; f++)
        {
            var fundId = await CreatedAsync(officer, "/api/funding/funds", new
            {
                code = $"bench-fund-{f + 1}",
                name = $"Bench fund {f + 1}",
                purpose = "Benchmark",
                basis = "whole-life",
                firstYear = $"{firstYear}/{(firstYear + 1) % 100:00}",
                years = 3,
                wholeLifeBudget = budget,
            });
            var roundId = await CreatedAsync(officer, "/api/funding/rounds", Round(fundId, $"Bench round {f + 1}", today, priorityId));
            var applicationId = await CreatedAsync(applicant, "/api/funding/applications", Application(roundId, priorityId, today));
            await CreatedAsync(officer, $"/api/funding/applications/{applicationId}/assessments", new { assessorId = "bench-assessor", assessorAgency = Agencies.Constabulary });
            using var scored = await assessor.PutAsJsonAsync($"/api/funding/applications/{applicationId}/assessments/mine", new { scores = new { need = 4 }, comment = "Clear need" });
            scored.EnsureSuccessStatusCode();
        }

        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, $"""
                CREATE TEMP TABLE copies AS
                SELECT a.id AS original, gen_random_uuid() AS id FROM applications a CROSS JOIN generate_series(2, {perFund});
                INSERT INTO applications (id, round_id, fund_id, applicant_agency, entered_by, details, contact, status, submitted_at, moderation, decision)
                SELECT c.id, a.round_id, a.fund_id, a.applicant_agency, a.entered_by, a.details, a.contact, a.status, a.submitted_at, a.moderation, a.decision
                FROM copies c JOIN applications a ON a.id = c.original;
                INSERT INTO assessments (id, application_id, assessor_id, assessor_agency, assigned_at, scores, weighted_score, comment, scored_at, conflict_of_interest)
                SELECT gen_random_uuid(), c.id, s.assessor_id, s.assessor_agency, s.assigned_at, s.scores, s.weighted_score, s.comment, s.scored_at, s.conflict_of_interest
                FROM copies c JOIN assessments s ON s.application_id = c.original;
                ANALYZE;
                """);
        }

        var applications = new List<Guid>();
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT id FROM applications", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                applications.Add(reader.GetGuid(0));
            }
        }

        Console.WriteLine($"loaded {funds} funds of {Money(budget)} each, {applications.Count:N0} assessed applications of {Money(Asked)} in {load.Elapsed.TotalSeconds:F1} s");
        Random.Shared.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(applications));

        // Warm-up: JIT the decision path on a separate fund so the measured run is the steady state.
        await WarmUpAsync(officer, applicant, assessor, priorityId, today, firstYear);

        var outcomes = new ConcurrentDictionary<string, int>();
        var decided = await FixedRunAsync($"decide {applications.Count:N0} awards", deciders, applications.Count, async i =>
        {
            using var response = await officer.PostAsJsonAsync(
                $"/api/funding/applications/{applications[i]}/decision", new { outcome = "award", reason = "Bench panel" });
            var body = await response.Content.ReadAsStringAsync();
            var outcome = response.StatusCode switch
            {
                HttpStatusCode.OK => "awarded",
                HttpStatusCode.UnprocessableEntity when body.Contains("\"fund-over-committed\"", StringComparison.Ordinal) => "refused: fund-over-committed",
                _ => $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 200)]}",
            };
            outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
            return outcome.StartsWith("awarded", StringComparison.Ordinal) || outcome.StartsWith("refused", StringComparison.Ordinal);
        });

        var overCommitted = long.Parse(await ScalarAsync(database, "SELECT count(*) FROM budget_lines WHERE committed > budget"), CultureInfo.InvariantCulture);
        var mismatched = long.Parse(await ScalarAsync(database, """
            SELECT count(*) FROM budget_lines b
            LEFT JOIN (SELECT fund_id, budget_period, sum(amount) AS awarded FROM grants GROUP BY fund_id, budget_period) g
                ON g.fund_id = b.fund_id AND g.budget_period = b.period
            WHERE b.committed <> coalesce(g.awarded, 0)
            """), CultureInfo.InvariantCulture);
        var awarded = outcomes.GetValueOrDefault("awarded");
        var expected = funds * (int)(budget / Asked);

        await ExecuteAsync(database, "CREATE TABLE bench_grants (LIKE grants INCLUDING ALL)");
        await using var durable = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(database) { MaxPoolSize = deciders + 4 }.ConnectionString);
        var template = Guid.CreateVersion7();
        var inserted = await FixedRunAsync($"INSERT+COMMIT {applications.Count:N0} grant rows (durable limit)", deciders, applications.Count, _ => InsertGrantAsync(durable, template, priorityId));

        Console.WriteLine();
        foreach (var (outcome, count) in outcomes.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {count,6:N0} {outcome}");
        }

        Console.WriteLine($"awards made {awarded:N0} (budgets allow exactly {expected:N0}); budget lines over-committed: {overCommitted}; lines whose committed differs from their grants: {mismatched}");
        var ratio = decided.PerSecond / inserted.PerSecond;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"decisions {decided.PerSecond:F1}/s / durable single-insert limit {inserted.PerSecond:F1}/s = {ratio:P1} (target >= 25%): {(ratio >= 0.25 ? "met" : "MISSED")}"));
        var correct = overCommitted == 0 && mismatched == 0 && awarded == expected && decided.Failed == 0;
        Console.WriteLine(correct ? "0 over-commitments: met" : "over-commitment check FAILED");
        Console.WriteLine($"load average at the end: {LoadAverage()}");
        return correct ? 0 : 1;
    }

    private static async Task WarmUpAsync(HttpClient officer, HttpClient applicant, HttpClient assessor, Guid priorityId, DateOnly today, int firstYear)
    {
        var fundId = await CreatedAsync(officer, "/api/funding/funds", new
        {
            code = "bench-warm-up", name = "Warm-up fund", purpose = "Benchmark", basis = "whole-life",
            firstYear = $"{firstYear}/{(firstYear + 1) % 100:00}", years = 3, wholeLifeBudget = 1_000_000m,
        });
        var roundId = await CreatedAsync(officer, "/api/funding/rounds", Round(fundId, "Warm-up round", today, priorityId));
        for (var i = 0; i < 100; i++)
        {
            var id = await CreatedAsync(applicant, "/api/funding/applications", Application(roundId, priorityId, today));
            await CreatedAsync(officer, $"/api/funding/applications/{id}/assessments", new { assessorId = "bench-assessor", assessorAgency = Agencies.Constabulary });
            (await assessor.PutAsJsonAsync($"/api/funding/applications/{id}/assessments/mine", new { scores = new { need = 4 }, comment = "ok" })).EnsureSuccessStatusCode();
            (await officer.PostAsJsonAsync($"/api/funding/applications/{id}/decision", new { outcome = "award", reason = "Warm-up" })).EnsureSuccessStatusCode();
        }
    }

    private static readonly string[] ApplicantTypes = ["voluntary-community-organisation"];
    private static readonly string[] CountyWide = ["county"];
    private static readonly string[] Questions = ["Who benefits?"];

    private static object Round(Guid fundId, string title, DateOnly today, Guid priorityId) => new
    {
        fundId,
        title,
        opensOn = today.AddDays(-10),
        closesOn = today.AddDays(30),
        applicantTypes = ApplicantTypes,
        districts = CountyWide,
        minimumAward = 100m,
        maximumAward = 25_000m,
        priorityIds = new[] { priorityId },
        questions = Questions,
        criteria = new[] { new { key = "need", title = "Evidence of need", weight = 1 } },
    };

    private static object Application(Guid roundId, Guid priorityId, DateOnly today) => new
    {
        roundId,
        applicantType = "voluntary-community-organisation",
        organisationName = "Bench Youth Project",
        charityNumber = "1234567",
        projectTitle = "Detached youth work",
        summary = "Evening outreach where ASB is reported",
        amountRequested = Asked,
        periodStart = today.AddDays(40),
        periodEnd = today.AddDays(400),
        matchFunding = 0m,
        priorityId,
        evidenceOfNeed = "ASB calls in the city centre after dark rose 20% last year.",
        objectives = new[] { new { description = "Engage 120 young people in positive activities", measure = "young people engaged", target = 120m } },
        expectedImpact = "Fewer young people drawn into ASB",
        addedValue = "Match funding from the city council",
        districts = CountyWide,
        contact = new { name = "Bench Applicant", email = "bench.applicant@example.org" },
    };

    /// <summary>A row the size of an award, with the same indexes and checks (no foreign keys), alone in its transaction.</summary>
    private static async Task<bool> InsertGrantAsync(NpgsqlDataSource dataSource, Guid fundId, Guid priorityId)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO bench_grants (id, application_id, fund_id, round_id, priority_id, budget_period, amount, amount_requested, conditions,
                project_title, summary, recipient_organisation, recipient_agency, charity_number, company_number, districts, objectives,
                period_start, period_end, awarded_on, status, accepted_at, claimed, paid, variations, outcome)
            VALUES ($1, $2, $3, $4, $5, 'whole-life', 1000, 1000, NULL, 'Detached youth work', 'Evening outreach where ASB is reported',
                'Bench Youth Project', 'bench-youth-project', '1234567', NULL, '["county"]',
                '[{"Description":"Engage 120 young people in positive activities","Measure":"young people engaged","Target":120}]',
                current_date, current_date + 365, current_date, 'Offered', NULL, 0, 0, '[]', NULL)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7() });
        command.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7() });
        command.Parameters.Add(new NpgsqlParameter { Value = fundId });
        command.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7() });
        command.Parameters.Add(new NpgsqlParameter { Value = priorityId });
        return await command.ExecuteNonQueryAsync() == 1;
    }

    private static async Task<LoadResult> FixedRunAsync(string name, int concurrency, int count, Func<int, Task<bool>> operation)
    {
        var result = await FixedRun.RunAsync(name, concurrency, count, operation);
        Console.WriteLine(result);
        return result;
    }

    private static string Money(decimal amount) => amount.ToString("£#,0", CultureInfo.InvariantCulture);

    private static async Task WaitReadyAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            using var response = await client.GetAsync("/health/ready");
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(500);
        }

        throw new InvalidOperationException("the Funding service did not become ready");
    }

    private static async Task<Guid> CreatedAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {text}");
        }

        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    private static HttpClient Client(Uri address, string token)
    {
        var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan }) { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
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
        await ExecuteAsync(connection, sql);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
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
