using System.Net.Http.Json;
using System.Text.Json;

namespace Demo;

/// <summary>
/// A trickle of activity in the other services, through their own APIs as their users would make it: Community
/// Trigger applications entered by a district's SPOC, Prevent referrals from the police Prevent officer, and a
/// Domestic Homicide Review notified, decided and commissioned (in progress). Names are invented and say so; every
/// text starts with <see cref="DemoRun.Marker"/>. A service that refuses a step is reported and the rest go on, so
/// one service's change of contract does not leave the others empty.
/// </summary>
public sealed class ServicesDemo(IDemoClients clients, TextWriter log)
{
    private static readonly string[] Districts = ["norwich", "great-yarmouth", "kings-lynn-west-norfolk", "breckland"];

    private static readonly Dictionary<string, string> Councils = new(StringComparer.Ordinal)
    {
        ["norwich"] = "norwich-city-council",
        ["great-yarmouth"] = "great-yarmouth-council",
        ["kings-lynn-west-norfolk"] = "kings-lynn-west-norfolk-council",
        ["breckland"] = "breckland-council",
    };

    /// <returns>How many steps a service refused.</returns>
    public async Task<int> RunAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var refused = 0;
        refused += await StepAsync("Community Trigger applications", () => TriggerApplicationsAsync(today, cancellationToken));
        refused += await StepAsync("Prevent referrals", () => PreventReferralsAsync(cancellationToken));
        refused += await StepAsync("a Domestic Homicide Review in progress", () => ReviewInProgressAsync(today, cancellationToken));
        return refused;
    }

    private async Task<int> StepAsync(string what, Func<Task> step)
    {
        try
        {
            await step();
            await log.WriteLineAsync($"{what}: done");
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or JsonException)
        {
            await log.WriteLineAsync($"{what}: NOT done ({e.Message})");
            return 1;
        }
    }

    private async Task TriggerApplicationsAsync(DateOnly today, CancellationToken cancellationToken)
    {
        for (var i = 0; i < Districts.Length; i++)
        {
            var district = Districts[i];
            var spoc = await clients.AsAsync(Councils[district], "trigger-spoc", district);
            var incidents = Enumerable.Range(1, 3).Select(n => new
            {
                occurredOn = today.AddDays(-20 * n - i),
                description = $"{DemoRun.Marker} Shouting and banging on the door late at night (incident {n}).",
                reports = new[] { new { agency = "norfolk-constabulary", reportedOn = today.AddDays(-20 * n - i + 1) } },
            });
            var response = await spoc.PostAsJsonAsync("/api/community-trigger/cases", new
            {
                channel = "phone",
                application = new
                {
                    district,
                    applicant = new { name = $"Demo Applicant {i + 1} (synthetic)", capacity = "victim", consentRecorded = true, email = $"demo.applicant{i + 1}@example.org" },
                    problemSummary = $"{DemoRun.Marker} Persistent noise and intimidation from a neighbouring property.",
                    incidents,
                },
            }, cancellationToken);
            await DemoHttp.EnsureAsync(response, $"trigger application in {district}", cancellationToken);
        }
    }

    private async Task PreventReferralsAsync(CancellationToken cancellationToken)
    {
        var officer = await clients.AsAsync("norfolk-constabulary", "police-prevent-officer");
        string[] ideologies = ["extreme-right-wing", "islamist", "mixed-unclear-unstable"];
        for (var i = 0; i < ideologies.Length; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/prevent/referrals")
            {
                Content = JsonContent.Create(new
                {
                    referrerAgency = "norfolk-constabulary",
                    sector = "police",
                    person = new { name = $"Demo Person {i + 1} (synthetic)", ageBand = "21-30" },
                    district = Districts[i],
                    concerns = $"{DemoRun.Marker} Shared extremist material online and spoke of supporting violence.",
                    ideology = ideologies[i],
                }),
            };
            request.Headers.Add("Idempotency-Key", $"demo-referral-{i + 1}");
            await DemoHttp.EnsureAsync(await officer.SendAsync(request, cancellationToken), "Prevent referral", cancellationToken);
        }
    }

    private async Task ReviewInProgressAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var manager = await clients.AsAsync("norfolk-opcc", "review-manager");
        var notified = await manager.PostAsJsonAsync("/api/reviews/notifications", new
        {
            diedOn = today.AddDays(-40),
            district = "norwich",
            victimAge = 42,
            relationship = "former-intimate-partner",
            suicide = false,
            abuseConcerns = true,
            criminalInvestigationOpen = true,
            victimName = "Demo Victim (synthetic)",
        }, cancellationToken);
        await DemoHttp.EnsureAsync(notified, "death notification", cancellationToken);
        var id = (await notified.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetGuid();
        var decided = await manager.PostAsJsonAsync($"/api/reviews/{id}/decision", new
        {
            outcome = "commission",
            reasons = $"{DemoRun.Marker} The statutory criteria are met.",
            decidedOn = today, // the decision cannot precede the notification, which is recorded today
            homeOfficeToldOn = today,
        }, cancellationToken);
        await DemoHttp.EnsureAsync(decided, "review decision", cancellationToken);
        var commissioned = await manager.PostAsJsonAsync($"/api/reviews/{id}/commissioning", new
        {
            chair = new { name = "Demo Chair (synthetic)", tenderReference = "DEMO-TENDER-1", appointedOn = today },
            panel = new[] { new { agency = "norfolk-constabulary", userId = "demo-panel-1" }, new { agency = "norfolk-county-council", userId = "demo-panel-2" } },
            termsOfReference = $"{DemoRun.Marker} Examine the contact agencies had with the victim and the perpetrator in the five years before the death.",
        }, cancellationToken);
        await DemoHttp.EnsureAsync(commissioned, "review commissioning", cancellationToken);
    }
}

internal static class DemoHttp
{
    public static async Task EnsureAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }
}
