using System.Net.Http.Json;
using System.Text.Json;

namespace Demo;

/// <summary>
/// The demo never mixes with real data: it runs only on a platform where every record it can see was made by the
/// demo (subject <see cref="IDemoClients.Subject"/>, or a note starting <see cref="DemoRun.Marker"/>) or by the
/// reference-data seed. Anything else (an analyst's import, an officer's own priority, a hand-typed reading) is a
/// reason to refuse, named so the operator knows what was found.
/// </summary>
public static class DemoGuard
{
    /// <summary>The priorities of the 2025–28 plan the Plans seed creates; any other priority is someone's work.</summary>
    public static readonly IReadOnlySet<string> SeededPriorityCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        "serious-violence", "drugs-and-alcohol", "modern-slavery-and-exploitation", "fraud", "place-based-crime-and-asb",
        "road-safety", "violent-extremism-and-cohesion", "water-safety",
    };

    /// <summary>
    /// The other services' records carry no mark a list shows, so they must be empty before the demo's first run (no
    /// demo import yet); on a later run the demo leaves them alone and only Plans is checked and refreshed.
    /// </summary>
    public static async Task<IReadOnlyList<string>> FindRecordsInOtherServicesAsync(IDemoClients clients, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var probes = new (string Agency, string Role, string Path, string What)[]
        {
            ("norfolk-constabulary", "police-prevent-officer", "/api/prevent/triage-queue", "Prevent referral awaiting triage"), // the police gateway assessment reads it
            ("norfolk-opcc", "partnership-officer", "/api/community-trigger/cases/pending-decisions", "Community Trigger case awaiting a decision"),
            ("norfolk-opcc", "review-manager", "/api/reviews", "review"),
        };
        var found = new List<string>();
        foreach (var (agency, role, path, what) in probes)
        {
            var client = await clients.AsAsync(agency, role);
            using var response = await client.GetAsync(path, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"could not check {path} as {role} of {agency}: {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            var items = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            var count = items.ValueKind == JsonValueKind.Array ? items.GetArrayLength() : items.GetProperty("items").GetArrayLength();
            if (count > 0)
            {
                found.Add($"{count} {what}(s) at {path}");
            }
        }

        return found;
    }

    /// <summary>Whether the demo has run here before: some import was made by it.</summary>
    public static async Task<bool> HasRunBeforeAsync(IDemoClients clients, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var analyst = await clients.AsAsync("norfolk-opcc", "analyst");
        var imports = await analyst.GetFromJsonAsync<JsonElement>("/api/plans/crime-imports?includeReplaced=true&limit=1000", cancellationToken);
        return imports.EnumerateArray().Any(i => i.GetProperty("importedBy").GetString() == IDemoClients.Subject);
    }

    public static async Task<IReadOnlyList<string>> FindNonDemoRecordsAsync(IDemoClients clients, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var analyst = await clients.AsAsync("norfolk-opcc", "analyst");
        var found = new List<string>();
        var imports = await analyst.GetFromJsonAsync<JsonElement>("/api/plans/crime-imports?includeReplaced=true&limit=1000", cancellationToken);
        found.AddRange(imports.EnumerateArray()
            .Where(i => i.GetProperty("importedBy").GetString() != IDemoClients.Subject)
            .Select(i => $"crime import {i.GetProperty("fileName").GetString()} by {i.GetProperty("importedBy").GetString()}"));

        var priorities = await analyst.GetFromJsonAsync<JsonElement>("/api/plans/priorities?limit=200", cancellationToken);
        found.AddRange(priorities.GetProperty("items").EnumerateArray()
            .Where(p => !IsSeeded(p.GetProperty("code")) && !(p.GetProperty("title").GetString() ?? "").StartsWith(DemoRun.Marker, StringComparison.Ordinal))
            .Select(p => $"priority '{p.GetProperty("title").GetString()}'"));

        var measures = await analyst.GetFromJsonAsync<JsonElement>("/api/plans/measures?limit=200", cancellationToken);
        foreach (var measure in measures.GetProperty("items").EnumerateArray().Where(m => m.GetProperty("derivedFrom").ValueKind == JsonValueKind.Null))
        {
            var readings = await analyst.GetFromJsonAsync<JsonElement>($"/api/plans/measures/{measure.GetProperty("id").GetGuid()}/readings", cancellationToken);
            found.AddRange(readings.EnumerateArray()
                .Where(r => !(r.GetProperty("note").GetString() ?? "").StartsWith(DemoRun.Marker, StringComparison.Ordinal))
                .Select(r => $"reading of '{measure.GetProperty("name").GetString()}' for {r.GetProperty("period").GetString()} {r.GetProperty("area").GetString()}"));
        }

        return found;
    }

    private static bool IsSeeded(JsonElement code) => code.ValueKind == JsonValueKind.String && SeededPriorityCodes.Contains(code.GetString()!);
}
