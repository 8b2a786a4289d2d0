using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Platform.Contracts;

namespace Benchmarks.Chaos;

/// <summary>
/// The rest of the chaos run's mixed load (issue 14), beside the Prevent referrals: priorities proposed and actions
/// added and moved in Plans, public Community Trigger applications (which Plans counts from their events) and death
/// notifications to Reviews. These endpoints take no Idempotency-Key, so a request is sent once and never retried (a
/// retry after a lost answer would be a second request, not a duplicate the platform made): every 2xx must exist
/// exactly once, and one that got no answer (5xx, transport error) may or may not exist. Each request carries a
/// marker ("Chaos RUN kN") in a stored text, so the reconciliation finds its row.
/// </summary>
internal sealed class MixedRequests(HttpClient staff, HttpClient anonymous, string run, Guid priorityId, Action<bool> outcome)
{
    private const string Action = "action";
    private const string StatusChange = "status change";
    private const string Priority = "priority";
    private const string Trigger = "trigger application";
    private const string Review = "review notification";

    private static readonly string[] Kinds = [Priority, Action, StatusChange, Trigger, Review];

    // Per kind: the marker of each request that got a 2xx, and of each that got no answer.
    private readonly Dictionary<string, ConcurrentDictionary<string, bool>> accepted = Kinds.ToDictionary(k => k, _ => new ConcurrentDictionary<string, bool>());
    private readonly Dictionary<string, ConcurrentDictionary<string, bool>> unanswered = Kinds.ToDictionary(k => k, _ => new ConcurrentDictionary<string, bool>());
    private readonly ConcurrentDictionary<string, bool> refusedKinds = new();
    private long refused;
    private long serverErrors;

    public long ServerErrors => Interlocked.Read(ref serverErrors);

    private string Marker(string kind, long n) => $"Chaos {run} {kind[0]}{n}";

    /// <summary>The priority the run's actions are added to, proposed before the faults (tried until it is created).</summary>
    public static async Task<MixedRequests> PrepareAsync(HttpClient staff, HttpClient anonymous, string run, Action<bool> outcome)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var response = await staff.PostAsJsonAsync("/api/plans/priorities", PriorityBody($"Chaos {run} work plan"));
            if (response.IsSuccessStatusCode)
            {
                var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
                return new MixedRequests(staff, anonymous, run, id, outcome);
            }

            if (attempt > 30)
            {
                throw new InvalidOperationException($"Plans refused the chaos priority: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            await Task.Delay(1000);
        }
    }

    /// <summary>Request n of the mixed share: priorities, actions (added, then moved), trigger applications, notifications in turn.</summary>
    public Task SendAsync(long n) => (n % 4) switch
    {
        0 => SendOnceAsync(Priority, n, marker => staff.PostAsJsonAsync("/api/plans/priorities", PriorityBody(marker))),
        1 => AddAndMoveActionAsync(n),
        2 => SendOnceAsync(Trigger, n, marker => anonymous.PostAsJsonAsync("/api/community-trigger/applications", TriggerBody(marker))),
        _ => SendOnceAsync(Review, n, marker => staff.PostAsJsonAsync("/api/reviews/notifications", ReviewBody(marker))),
    };

    private async Task AddAndMoveActionAsync(long n)
    {
        var created = await SendOnceAsync(Action, n, marker => staff.PostAsJsonAsync($"/api/plans/priorities/{priorityId}/actions", ActionBody(marker)));
        if (created is { } action)
        {
            var id = action.GetProperty("id").GetGuid();
            await SendOnceAsync(StatusChange, n, marker => staff.PostAsJsonAsync($"/api/plans/actions/{id}/status", new { status = "at-risk", note = marker }));
        }
    }

    private async Task<JsonElement?> SendOnceAsync(string kind, long n, Func<string, Task<HttpResponseMessage>> send)
    {
        var marker = Marker(kind, n);
        try
        {
            using var response = await send(marker);
            var status = (int)response.StatusCode;
            if (status is >= 200 and < 300)
            {
                outcome(true);
                accepted[kind][marker] = true;
                return await response.Content.ReadFromJsonAsync<JsonElement>();
            }

            outcome(false);
            if (status >= 500)
            {
                Interlocked.Increment(ref serverErrors);
                unanswered[kind][marker] = true;
            }
            else
            {
                Interlocked.Increment(ref refused);
                if (refusedKinds.TryAdd(kind, true))
                {
                    Console.Error.WriteLine($"  {status} for a {kind} ({marker}): {await response.Content.ReadAsStringAsync()}");
                }
            }
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            outcome(false);
            unanswered[kind][marker] = true;
        }

        return null;
    }

    private static object PriorityBody(string title) => new
    {
        title,
        description = "Proposed by the chaos run to show that no accepted change is lost or applied twice.",
        strategicTheme = "Safer neighbourhoods",
        sponsorAgency = "norfolk-opcc",
        leadOfficer = "Chaos Lead Officer",
    };

    private static object ActionBody(string description) => new
    {
        description,
        ownerAgency = "norfolk-constabulary",
        dueOn = "2027-03-31",
        milestones = Array.Empty<object>(),
        successMeasure = "Every accepted change is found once.",
        enabler = "up-to-date-analysis",
    };

    private static object TriggerBody(string problemSummary) => new
    {
        district = Districts.Norwich,
        applicant = new { name = "Chaos Applicant (synthetic)", capacity = "victim", email = "chaos.applicant@example.org", consentRecorded = true },
        problemSummary,
        incidents = new[] { new { occurredOn = "2026-11-01", description = "Shouting and banging on the door late at night." } },
    };

    private static object ReviewBody(string victimName) => new
    {
        diedOn = "2026-11-01",
        district = Districts.Norwich,
        victimAge = 42,
        relationship = "former-intimate-partner",
        suicide = false,
        abuseConcerns = true,
        criminalInvestigationOpen = true,
        victimName,
    };

    public sealed record Stored(Dictionary<string, Dictionary<string, int>> Markers, HashSet<string> TriggerCaseIds);

    /// <summary>Each kind's markers as stored, counted (a marker twice would be a request applied twice).</summary>
    public async Task<Stored> ReadAsync(string plansDb, string triggerDb, string reviewsDb)
    {
        var like = $"Chaos {run} %";
        var markers = new Dictionary<string, Dictionary<string, int>>
        {
            [Priority] = await CountAsync(plansDb, "SELECT title FROM priorities WHERE title LIKE $1", like),
            [Action] = await CountAsync(plansDb, "SELECT description FROM delivery_actions WHERE description LIKE $1", like),
            [StatusChange] = await CountAsync(plansDb, "SELECT note FROM action_status_changes WHERE note LIKE $1", like),
            [Trigger] = await CountAsync(triggerDb, "SELECT problem_summary FROM trigger_cases WHERE problem_summary LIKE $1", like),
            [Review] = await CountAsync(reviewsDb, "SELECT victim_name FROM restricted_records WHERE victim_name LIKE $1", like),
        };
        markers[Priority].Remove($"Chaos {run} work plan");
        var ids = (await CountAsync(triggerDb, "SELECT id::text FROM trigger_cases WHERE problem_summary LIKE $1", like)).Keys.ToHashSet();
        return new Stored(markers, ids);
    }

    private static async Task<Dictionary<string, int>> CountAsync(string connectionString, string sql, string like)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = like });
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var value = reader.GetString(0);
            counts[value] = counts.GetValueOrDefault(value) + 1;
        }

        return counts;
    }

    /// <returns>True when every kind has lost 0 and duplicated 0.</returns>
    public bool Print(Stored stored)
    {
        var clean = true;
        Console.WriteLine("mixed load (no Idempotency-Key on these endpoints: sent once, never retried):");
        Console.WriteLine($"  {"kind",-20} {"2xx",6} {"lost",5} {"twice",6} {"no answer",10} {"of those stored",16}");
        foreach (var kind in Kinds)
        {
            var rows = stored.Markers[kind];
            var lost = accepted[kind].Keys.Count(m => !rows.ContainsKey(m));
            var twice = rows.Values.Count(c => c > 1);
            var strangers = rows.Keys.Count(m => !accepted[kind].ContainsKey(m) && !unanswered[kind].ContainsKey(m));
            var storedUnanswered = unanswered[kind].Keys.Count(rows.ContainsKey);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {kind,-20} {accepted[kind].Count,6} {lost,5} {twice,6} {unanswered[kind].Count,10} {storedUnanswered,16}{(strangers > 0 ? $"  ({strangers} stored that were refused: a bug)" : "")}"));
            clean &= lost == 0 && twice == 0 && strangers == 0;
        }

        Console.WriteLine($"  refused (4xx)        {Interlocked.Read(ref refused)}");
        return clean;
    }
}
