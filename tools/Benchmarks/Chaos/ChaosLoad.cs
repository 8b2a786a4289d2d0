using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Npgsql;
using Platform.Contracts;
using Prevent.Api.Domain;
using RabbitMQ.Client;
using static Benchmarks.BenchSupport;

namespace Benchmarks.Chaos;

/// <summary>
/// The load and the reconciliation of <c>./platform chaos</c> (issue 14), which starts the platform on its own ports
/// and injects the faults meanwhile: partner referrals by HTTP through the gateway (each with an Idempotency-Key,
/// retried with the same key until it gets a 2xx, as a partner system must) and by AMQP (published with confirms as
/// the partner's own broker user, republished with the same reference until confirmed), at a steady rate. Then it
/// waits for quiescence and checks that every accepted referral exists exactly once in Prevent and was counted exactly
/// once in Plans' derived readings (the event flow Prevent → Plans, through outbox, broker and inbox).
/// </summary>
internal static class ChaosLoad
{
    private const string Concerns =
        "Sharing extremist material with classmates and searching for how to join a banned group; the school's designated safeguarding lead has spoken to the family.";

    private static readonly ConcurrentQueue<(long At, bool Ok)> HttpOutcomes = new();
    private static readonly ConcurrentQueue<(long At, bool Ok)> AmqpOutcomes = new();
    private static readonly ConcurrentDictionary<string, bool> AcceptedHttp = new();
    private static readonly ConcurrentDictionary<string, bool> AcceptedAmqp = new();
    private static long serverErrors;
    private static long otherRefusals;
    private static long transportFailures;

    public static async Task<int> RunAsync(string[] args)
    {
        var gateway = new Uri(Text(args, "--gateway"));
        var token = File.ReadAllText(Text(args, "--token-file")).Trim();
        var amqp = new Uri(Text(args, "--amqp"));
        var partner = Text(args, "--amqp-partner");
        var preventDb = Text(args, "--prevent-db");
        var plansDb = Text(args, "--plans-db");
        var faults = Text(args, "--faults");
        var seconds = Option(args, "--seconds", 120);
        var rate = Option(args, "--rate", 40);
        var httpAgency = Text(args, "--http-agency");
        // The load goes on past --seconds until this file exists (the faults are all done), so every fault meets load.
        var untilFile = Array.IndexOf(args, "--until-file") is var at and >= 0 ? args[at + 1] : null;
        // With these, a fifth of the load is the other kinds of the mixed load (MixedRequests).
        var staffTokenFile = Array.IndexOf(args, "--staff-token-file") is var st and >= 0 ? args[st + 1] : null;
        var triggerDb = staffTokenFile is null ? null : Text(args, "--trigger-db");
        var reviewsDb = staffTokenFile is null ? null : Text(args, "--reviews-db");

        PrintMachine();
        Console.WriteLine(staffTokenFile is null
            ? $"load: {rate} referrals/s for {seconds} s, 3/4 by HTTP through {gateway} as {httpAgency}, 1/4 by AMQP as {partner}"
            : $"load: {rate} requests/s for {seconds} s through {gateway}: 3/5 Prevent referrals by HTTP as {httpAgency}, 1/5 by AMQP as {partner}, " +
              "1/5 Plans priorities, actions and status changes, Community Trigger applications and death notifications to Reviews");
        var run = Guid.NewGuid().ToString("N")[..8];
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(30) })
        {
            BaseAddress = gateway,
            Timeout = TimeSpan.FromSeconds(30),
        };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var anonymous = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
        using var staff = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
        var mixed = staffTokenFile is null ? null : await PrepareMixedAsync(staff, anonymous, staffTokenFile, run);
        var clock = Stopwatch.StartNew();
        var end = TimeSpan.FromSeconds(seconds);
        var giveUp = end + TimeSpan.FromSeconds(600);
        var inFlight = new List<Task>();
        using var slots = new SemaphoreSlim(64);
        var amqpKeys = System.Threading.Channels.Channel.CreateUnbounded<string>();
        var publisher = Task.Run(() => PublishAllAsync(amqp, partner, amqpKeys.Reader, clock, giveUp));
        long sent = 0;
        while (clock.Elapsed < end || (untilFile is not null && !File.Exists(untilFile) && clock.Elapsed < end + TimeSpan.FromSeconds(300)))
        {
            var n = sent++;
            if (mixed is not null && n % 5 == 3)
            {
                await slots.WaitAsync();
                inFlight.Add(Task.Run(async () =>
                {
                    try
                    {
                        await mixed.SendAsync(n / 5);
                    }
                    finally
                    {
                        slots.Release();
                    }
                }));
            }
            else if (mixed is null ? n % 4 == 3 : n % 5 == 4)
            {
                await amqpKeys.Writer.WriteAsync($"chaos-{run}-a{n}");
            }
            else
            {
                await slots.WaitAsync();
                var key = $"chaos-{run}-h{n}";
                inFlight.Add(Task.Run(async () =>
                {
                    try
                    {
                        await SubmitUntilAcceptedAsync(http, key, clock, giveUp);
                    }
                    finally
                    {
                        slots.Release();
                    }
                }));
            }

            var due = TimeSpan.FromSeconds((double)sent / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }
        }

        amqpKeys.Writer.Complete();
        await Task.WhenAll(inFlight);
        await publisher;
        var loadSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load done after {loadSeconds:F0} s: {sent} requests; referrals: {AcceptedHttp.Count} accepted by HTTP, {AcceptedAmqp.Count} confirmed by the broker"));

        var (prevent, plans, quiet) = await QuiesceAsync(preventDb, plansDb, run, mixed is null ? null : () => MixedCountedAsync(mixed, plansDb, triggerDb!, reviewsDb!));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"quiescent after {quiet.TotalSeconds:F0} s"));
        var accepted = AcceptedHttp.Keys.Select(k => (httpAgency, k)).Concat(AcceptedAmqp.Keys.Select(k => (partner, k))).ToHashSet();
        var lostInPrevent = accepted.Count(a => !prevent.Rows.ContainsKey(a));
        var duplicatedInPrevent = prevent.Rows.Values.Count(count => count > 1);
        var notAcknowledged = prevent.Rows.Keys.Count(row => !accepted.Contains(row));
        var lostInPlans = prevent.Ids.Count(id => !plans.CountedSources.Contains(id));
        var duplicatedInPlans = plans.ReadingTotal - plans.Contributions;

        Console.WriteLine();
        Console.WriteLine($"accepted                    {accepted.Count} ({AcceptedHttp.Count} HTTP 2xx, {AcceptedAmqp.Count} AMQP confirmed)");
        Console.WriteLine($"lost (accepted, not in Prevent)          {lostInPrevent}");
        Console.WriteLine($"duplicated in Prevent (same key twice)   {duplicatedInPrevent}");
        Console.WriteLine($"in Prevent without a 2xx/confirm seen    {notAcknowledged} (committed, answer lost in a fault; the retry with the same key got the original)");
        Console.WriteLine($"referrals not counted in Plans           {lostInPlans} of {prevent.Ids.Count}");
        Console.WriteLine($"counted twice in Plans (readings - contributions) {duplicatedInPlans}");
        Console.WriteLine($"5xx answers during the run               {Interlocked.Read(ref serverErrors)} to referrals (retried with the same key), {mixed?.ServerErrors ?? 0} to the rest (not retried)");
        Console.WriteLine($"other refusals (4xx) / transport errors  {Interlocked.Read(ref otherRefusals)} / {Interlocked.Read(ref transportFailures)}");
        var mixedClean = true;
        if (mixed is not null)
        {
            var (stored, counted, countedTwice) = await WithRetriesAsync(() => ReadMixedAsync(mixed, plansDb, triggerDb!, reviewsDb!));
            mixedClean = mixed.Print(stored);
            var notCounted = stored.TriggerCaseIds.Count(id => !counted.CountedSources.Contains(id));
            Console.WriteLine($"trigger applications not counted in Plans {notCounted} of {stored.TriggerCaseIds.Count}");
            Console.WriteLine($"counted twice in Plans (readings - contributions) {countedTwice}");
            mixedClean &= notCounted == 0 && countedTwice == 0;
        }

        PrintRecovery(faults);
        Console.WriteLine($"load average at the end: {LoadAverage()}");
        return lostInPrevent == 0 && duplicatedInPrevent == 0 && lostInPlans == 0 && duplicatedInPlans == 0 && mixedClean ? 0 : 1;
    }

    /// <summary>
    /// After each fault (written by ./platform chaos as "unix-ms label"; when it restarted what it killed, the same
    /// line with the time it was back in FILE.back): how long until requests stopped failing, i.e. from the fault to
    /// the first accepted request after the last failure before the next fault ("no failure seen" when none failed).
    /// </summary>
    private static void PrintRecovery(string faultsFile)
    {
        if (!File.Exists(faultsFile))
        {
            return;
        }

        var faults = File.ReadAllLines(faultsFile).Where(l => l.Length > 0).Select(l => l.Split(' ', 2)).ToList();
        var back = File.Exists(faultsFile + ".back")
            ? File.ReadAllLines(faultsFile + ".back").Where(l => l.Length > 0).Select(l => long.Parse(l.Split(' ')[0], CultureInfo.InvariantCulture)).ToList()
            : [];
        Console.WriteLine("faults (back = the killed process was running again; recovered = first accepted request after the last failure before the next fault):");
        for (var i = 0; i < faults.Count; i++)
        {
            var at = long.Parse(faults[i][0], CultureInfo.InvariantCulture);
            var next = i + 1 < faults.Count ? long.Parse(faults[i + 1][0], CultureInfo.InvariantCulture) : long.MaxValue;
            var restarted = i < back.Count ? string.Create(CultureInfo.InvariantCulture, $"back {(back[i] - at) / 1000.0,5:F1} s") : "";
            Console.WriteLine($"  {faults[i][1],-34} {restarted,-13} HTTP {Recovery(HttpOutcomes, at, next),-18} AMQP {Recovery(AmqpOutcomes, at, next)}");
        }
    }

    private static string Recovery(IEnumerable<(long At, bool Ok)> outcomes, long fault, long nextFault)
    {
        var window = outcomes.Where(o => o.At >= fault && o.At < nextFault).OrderBy(o => o.At).ToList();
        var lastFailure = window.LastOrDefault(o => !o.Ok);
        if (lastFailure == default)
        {
            return "no failure seen";
        }

        var recovered = outcomes.Where(o => o.Ok && o.At > lastFailure.At).OrderBy(o => o.At).FirstOrDefault();
        var failed = window.Count(o => !o.Ok);
        return recovered == default
            ? "never"
            : string.Create(CultureInfo.InvariantCulture, $"{(recovered.At - fault) / 1000.0:F1} s ({failed} failed)");
    }

    private static async Task<MixedRequests> PrepareMixedAsync(HttpClient staff, HttpClient anonymous, string staffTokenFile, string run)
    {
        staff.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", File.ReadAllText(staffTokenFile).Trim());
        return await MixedRequests.PrepareAsync(staff, anonymous, run, ok => HttpOutcomes.Enqueue((Now(), ok)));
    }

    private static async Task<(MixedRequests.Stored, PlansState, long)> ReadMixedAsync(MixedRequests mixed, string plansDb, string triggerDb, string reviewsDb)
    {
        var stored = await mixed.ReadAsync(plansDb, triggerDb, reviewsDb);
        var counted = await ReadPlansAsync(plansDb, "trigger-applications");
        return (stored, counted, counted.ReadingTotal - counted.Contributions);
    }

    /// <summary>True once Plans has counted every trigger application of the run.</summary>
    private static async Task<bool> MixedCountedAsync(MixedRequests mixed, string plansDb, string triggerDb, string reviewsDb)
    {
        var (stored, counted, _) = await ReadMixedAsync(mixed, plansDb, triggerDb, reviewsDb);
        return stored.TriggerCaseIds.All(counted.CountedSources.Contains);
    }

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    private static async Task SubmitUntilAcceptedAsync(HttpClient http, string key, Stopwatch clock, TimeSpan giveUp)
    {
        while (clock.Elapsed < giveUp)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/prevent/referrals")
                {
                    Content = new StringContent(ReferralJson(key).ToString(), Encoding.UTF8, "application/json"),
                };
                request.Headers.Add("Idempotency-Key", key);
                using var response = await http.SendAsync(request);
                var status = (int)response.StatusCode;
                if (status is >= 200 and < 300)
                {
                    HttpOutcomes.Enqueue((Now(), true));
                    AcceptedHttp[key] = true;
                    return;
                }

                HttpOutcomes.Enqueue((Now(), false));
                if (status >= 500)
                {
                    Interlocked.Increment(ref serverErrors);
                }
                else if (status != 429)
                {
                    Interlocked.Increment(ref otherRefusals);
                    Console.Error.WriteLine($"  {status} for {key}: {await response.Content.ReadAsStringAsync()}");
                    return; // a 4xx other than 429 is final: the same request would be refused again
                }
            }
            catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
            {
                HttpOutcomes.Enqueue((Now(), false));
                Interlocked.Increment(ref transportFailures);
            }

            await Task.Delay(500);
        }
    }

    internal static StringBuilder ReferralJson(string key, string? partner = null) => new StringBuilder()
        .Append("{\"sector\":\"education\",") // the referrer is the sender's own agency (decision 0040)
        .Append("\"person\":{\"name\":\"Chaos Person ").Append(key).Append("\",\"dateOfBirth\":\"2009-03-01\"},")
        .Append("\"district\":\"").Append(Districts.Norwich).Append("\",\"concerns\":\"").Append(Concerns).Append("\",")
        .Append("\"ideology\":\"extreme-right-wing\",\"riskFlags\":[\"online-radicalisation\"]")
        .Append(partner is null ? "" : $",\"partnerAgency\":\"{partner}\",\"referralReference\":\"{key}\"")
        .Append('}');

    /// <summary>One channel with confirms; a reference is republished (same body) until the broker confirms it.</summary>
    private static async Task PublishAllAsync(
        Uri amqp, string partner, System.Threading.Channels.ChannelReader<string> keys, Stopwatch clock, TimeSpan giveUp)
    {
        IConnection? connection = null;
        IChannel? channel = null;
        await foreach (var key in keys.ReadAllAsync())
        {
            var body = Encoding.UTF8.GetBytes(ReferralJson(key, partner).ToString());
            while (clock.Elapsed < giveUp)
            {
                try
                {
                    connection ??= await new ConnectionFactory { Uri = amqp, AutomaticRecoveryEnabled = false }.CreateConnectionAsync();
                    channel ??= await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
                    await channel.BasicPublishAsync(
                        "prevent.partner-referrals", "", mandatory: true,
                        new BasicProperties { Persistent = true, ContentType = "application/json", UserId = partner }, body);
                    AmqpOutcomes.Enqueue((Now(), true));
                    AcceptedAmqp[key] = true;
                    break;
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    AmqpOutcomes.Enqueue((Now(), false));
                    Interlocked.Increment(ref transportFailures);
                    await DisposeQuietlyAsync(channel, connection);
                    (channel, connection) = (null, null);
                    await Task.Delay(500);
                }
            }
        }

        await DisposeQuietlyAsync(channel, connection);
    }

    private static async Task DisposeQuietlyAsync(IChannel? channel, IConnection? connection)
    {
        try
        {
            if (channel is not null)
            {
                await channel.DisposeAsync();
            }

            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // the connection died with the broker; nothing to close
        }
    }

    private sealed record PreventState(Dictionary<(string Agency, string Key), int> Rows, HashSet<string> Ids);

    private sealed record PlansState(HashSet<string> CountedSources, long Contributions, long ReadingTotal);

    /// <summary>Until Plans has counted every referral of the run and nothing changed for 10 s (at most 5 minutes).</summary>
    private static async Task<(PreventState, PlansState, TimeSpan)> QuiesceAsync(string preventDb, string plansDb, string run, Func<Task<bool>>? mixedCounted)
    {
        var waited = Stopwatch.StartNew();
        var lastChange = waited.Elapsed;
        var previous = (-1, -1L);
        while (true)
        {
            var prevent = await WithRetriesAsync(() => ReadPreventAsync(preventDb, run));
            var plans = await WithRetriesAsync(() => ReadPlansAsync(plansDb, "prevent-referrals"));
            var now = (prevent.Ids.Count, plans.Contributions);
            if (now != previous)
            {
                previous = now;
                lastChange = waited.Elapsed;
            }

            var allCounted = prevent.Ids.All(plans.CountedSources.Contains) && (mixedCounted is null || await WithRetriesAsync(mixedCounted));
            if ((allCounted && waited.Elapsed - lastChange > TimeSpan.FromSeconds(10)) || waited.Elapsed > TimeSpan.FromMinutes(5))
            {
                return (prevent, plans, waited.Elapsed);
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }

    /// <summary>The database may be down at the moment (a fault near the end): read again until it answers.</summary>
    private static async Task<T> WithRetriesAsync<T>(Func<Task<T>> read)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await read();
            }
            catch (NpgsqlException) when (attempt < 60)
            {
                await Task.Delay(1000);
            }
        }
    }

    private static async Task<PreventState> ReadPreventAsync(string connectionString, string run)
    {
        var rows = new Dictionary<(string, string), int>();
        var ids = new HashSet<string>();
        await using var connection = await OpenAsync(connectionString);
        await using var command = new NpgsqlCommand(
            "SELECT submitted_by_agency, replace(intake_key, $2, ''), id FROM referrals WHERE intake_key LIKE $1 OR intake_key LIKE $2 || $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = $"chaos-{run}-%" });
        command.Parameters.Add(new NpgsqlParameter { Value = Submission.PartnerReferencePrefix });
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var key = (reader.GetString(0), reader.GetString(1));
            rows[key] = rows.GetValueOrDefault(key) + 1;
            ids.Add(reader.GetGuid(2).ToString());
        }

        return new PreventState(rows, ids);
    }

    private static async Task<PlansState> ReadPlansAsync(string connectionString, string derivedFrom)
    {
        await using var connection = await OpenAsync(connectionString);
        var sources = new HashSet<string>();
        await using (var command = new NpgsqlCommand(
            "SELECT DISTINCT c.source_id FROM reading_contributions c JOIN measures m ON m.id = c.measure_id WHERE m.derived_from = $1", connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = derivedFrom });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                sources.Add(reader.GetString(0));
            }
        }

        await using var totals = new NpgsqlCommand(
            """
            SELECT (SELECT count(*) FROM reading_contributions c JOIN measures m ON m.id = c.measure_id WHERE m.derived_from = $1),
                   (SELECT coalesce(sum(r.value), 0)::bigint FROM readings r JOIN measures m ON m.id = r.measure_id WHERE m.derived_from = $1)
            """, connection);
        totals.Parameters.Add(new NpgsqlParameter { Value = derivedFrom });
        await using var row = await totals.ExecuteReaderAsync();
        await row.ReadAsync();
        return new PlansState(sources, row.GetInt64(0), row.GetInt64(1));
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync();
                return connection;
            }
            catch (NpgsqlException) when (attempt < 30)
            {
                await Task.Delay(1000);
            }
        }
    }

    private static string Text(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : throw new ArgumentException($"{name} is required");
    }
}
