using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Prevent.Tests.Infrastructure;
using static Prevent.Tests.Infrastructure.PreventRequests;

namespace Prevent.Tests.Referrals;

/// <summary>
/// Every role (and the agencies that matter: the owning council, another council, the submitting partner, another
/// partner) against every endpoint, on a Norwich case submitted by <see cref="PreventApiFactory.PartnerAgency"/>.
/// Each call is classed as let through, hidden (404 naming the case or meeting, so existence does not leak), refused
/// (403) or unauthenticated (401); a 400 or 5xx fails the test, since the request was meant to be valid.
/// </summary>
public class AccessMatrixTests(PreventApiFactory prevent) : IClassFixture<PreventApiFactory>
{
    private enum Access
    {
        LetThrough,
        Hidden,
        Refused,
    }

    private sealed record Caller(string Agency, string Role);

    /// <summary>The callers the rules tell apart, plus every other role (they share one expectation: refused unless listed).</summary>
    private static readonly Dictionary<string, Caller> Callers = new()
    {
        ["lead"] = new(Agencies.NorwichCityCouncil, Roles.PreventLead),
        ["panel"] = new(Agencies.NorwichCityCouncil, Roles.ChannelPanelMember),
        ["other-council-lead"] = new(Agencies.BrecklandCouncil, Roles.PreventLead),
        ["other-council-panel"] = new(Agencies.BrecklandCouncil, Roles.ChannelPanelMember),
        ["county-lead"] = new(Agencies.CountyCouncil, Roles.PreventLead),
        ["police"] = new(Agencies.Constabulary, Roles.PolicePreventOfficer),
        ["partner"] = new(PreventApiFactory.PartnerAgency, Roles.PartnerSystem),
        ["other-partner"] = new("norfolk-health-ehr", Roles.PartnerSystem),
        ["partnership-officer"] = new(Agencies.Opcc, Roles.PartnershipOfficer),
        ["analyst"] = new(Agencies.NorwichCityCouncil, Roles.Analyst),
        ["delivery-lead"] = new(Agencies.NorwichCityCouncil, Roles.DeliveryLead),
        ["scrutiny-member"] = new(Agencies.NorwichCityCouncil, Roles.ScrutinyMember),
        ["review-manager"] = new(Agencies.NorwichCityCouncil, Roles.ReviewManager),
        ["review-panel-member"] = new(Agencies.NorwichCityCouncil, Roles.ReviewPanelMember),
        ["trigger-spoc"] = new(Agencies.NorwichCityCouncil, Roles.TriggerSpoc),
        ["grants-officer"] = new(Agencies.Opcc, Roles.GrantsOfficer),
        ["consultation-officer"] = new(Agencies.Opcc, Roles.ConsultationOfficer),
        ["ops"] = new(Agencies.Opcc, Roles.Ops),
        ["dpo"] = new(Agencies.CountyCouncil, Roles.DataProtectionOfficer),
    };

    private static readonly string[] CaseStaff = ["lead", "panel"];
    private static readonly string[] PreventRolesElsewhere = ["other-council-lead", "other-council-panel", "county-lead", "police", "partner", "other-partner"];
    private static readonly string[] PreventRoles = [.. CaseStaff, .. PreventRolesElsewhere];

    /// <summary>The endpoints of the matrix and the routes they are (outbox redrive shares the outbox status's "ops" policy).</summary>
    private static readonly Dictionary<string, string> Routes = new()
    {
        ["submit-referral"] = "POST /api/prevent/referrals",
        ["referral-status"] = "GET /api/prevent/referrals/{id:guid}/status",
        ["referral-detail"] = "GET /api/prevent/referrals/{id:guid}",
        ["triage-queue"] = "GET /api/prevent/triage-queue",
        ["triage"] = "POST /api/prevent/referrals/{id:guid}/triage",
        ["record-panel-meeting"] = "POST /api/prevent/panel-meetings",
        ["panel-meeting"] = "GET /api/prevent/panel-meetings/{id:guid}",
        ["panel-decision"] = "POST /api/prevent/referrals/{id:guid}/panel-decision",
        ["consent"] = "POST /api/prevent/referrals/{id:guid}/consent",
        ["consent-withdrawal"] = "POST /api/prevent/referrals/{id:guid}/consent/withdrawal",
        ["add-intervention"] = "POST /api/prevent/referrals/{id:guid}/interventions",
        ["update-intervention"] = "POST /api/prevent/referrals/{id:guid}/interventions/{interventionId:guid}/status",
        ["panel-review"] = "POST /api/prevent/referrals/{id:guid}/panel-reviews",
        ["exit"] = "POST /api/prevent/referrals/{id:guid}/exit",
        ["follow-up"] = "POST /api/prevent/referrals/{id:guid}/follow-ups/{months:int}",
        ["follow-ups-due"] = "GET /api/prevent/follow-ups/due",
        ["caseload"] = "GET /api/prevent/caseload",
        ["rejected-referrals"] = "GET /api/prevent/rejected-referrals",
        ["dismiss-rejected-referral"] = "DELETE /api/prevent/rejected-referrals/{id:guid}",
        ["statistics"] = "GET /api/prevent/statistics/{year:int}/q{quarter:int}",
        ["audit-log"] = "GET /api/prevent/audit",
        ["outbox-admin"] = "GET /api/prevent/admin/outbox/",
        ["parked-referrals"] = "GET /api/prevent/admin/parked-referrals",
        ["redrive-parked-referral"] = "POST /api/prevent/admin/parked-referrals/{id}/redrive",
        ["delete-parked-referral"] = "DELETE /api/prevent/admin/parked-referrals/{id}",
        ["subject-access"] = "POST /api/prevent/subject-access",
    };

    public static readonly TheoryData<string> Endpoints = new(Routes.Keys);

    [Fact]
    public void The_matrix_covers_every_endpoint_of_the_service()
    {
        var mapped = prevent.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/prevent", StringComparison.Ordinal) == true)
            .Where(e => !e.RoutePattern.RawText!.Contains("openapi", StringComparison.Ordinal) && !e.RoutePattern.RawText.Contains("dead-letters", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(method => $"{method} {e.RoutePattern.RawText}"))
            .Order()
            .ToList();

        Assert.Equal(Routes.Values.Order(), mapped);
    }

    private static (string[] LetThrough, string[] Hidden) Expected(string endpoint) => endpoint switch
    {
        "submit-referral" => (PreventRoles, []),
        "referral-status" => ([.. CaseStaff, "partner"], ["other-council-lead", "other-council-panel", "county-lead", "police", "other-partner"]),
        "referral-detail" => (CaseStaff, PreventRolesElsewhere),
        "triage-queue" => (["police"], []),
        "triage" => (["police"], [.. CaseStaff, "other-council-lead", "other-council-panel", "county-lead", "partner", "other-partner"]),
        "record-panel-meeting" => ([.. CaseStaff, "other-council-lead", "other-council-panel", "county-lead"], []),
        "panel-meeting" => (CaseStaff, ["other-council-lead", "other-council-panel", "county-lead"]),
        "panel-decision" or "consent" or "consent-withdrawal" or "add-intervention" or "update-intervention" or "panel-review" or "exit" or "follow-up"
            => (CaseStaff, PreventRolesElsewhere),
        "follow-ups-due" or "caseload" => ([.. CaseStaff, "other-council-lead", "other-council-panel", "county-lead"], []),
        "rejected-referrals" or "dismiss-rejected-referral" => (["lead", "other-council-lead", "county-lead"], []),
        "statistics" => ([.. Callers.Keys], []),
        "audit-log" => (["lead", "other-council-lead", "county-lead", "ops"], []),
        "outbox-admin" => (["ops"], []),
        "subject-access" => (["dpo"], []),
        "parked-referrals" or "redrive-parked-referral" or "delete-parked-referral" => (["lead", "other-council-lead", "county-lead", "ops"], []),
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Each_role_gets_what_the_access_rules_say_at(string endpoint)
    {
        prevent.Clock.Now = PreventApiFactory.DefaultNow;
        var referral = await prevent.PartnerSystem().SubmittedAsync(Referral(Districts.Norwich));
        var meeting = await prevent.PreventLead().MeetingAsync("2025-07-15");
        var (letThrough, hidden) = Expected(endpoint);
        var wrong = new List<string>();

        using (var anonymous = prevent.CreateClient())
        {
            var response = await SendAsync(anonymous, endpoint, referral.Id, meeting);
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                wrong.Add($"anonymous: expected 401, got {(int)response.StatusCode}");
            }
        }

        foreach (var (name, caller) in Callers)
        {
            var expected = letThrough.Contains(name) ? Access.LetThrough : hidden.Contains(name) ? Access.Hidden : Access.Refused;
            var response = await SendAsync(prevent.As(caller.Agency, caller.Role), endpoint, referral.Id, meeting);
            var (actual, detail) = await ClassifyAsync(response);
            if (actual != expected)
            {
                wrong.Add($"{name} ({caller.Role} of {caller.Agency}): expected {expected}, got {actual} ({detail})");
            }
        }

        Assert.True(wrong.Count == 0, $"{endpoint}:{Environment.NewLine}{string.Join(Environment.NewLine, wrong)}");
    }

    private static async Task<(Access? Access, string Detail)> ClassifyAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var detail = $"{(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}";
        switch (response.StatusCode)
        {
            case HttpStatusCode.Forbidden:
                return (Access.Refused, detail);
            case HttpStatusCode.NotFound:
                var rule = JsonDocument.Parse(body).RootElement.TryGetProperty("rule", out var named) ? named.GetString() : null;
                return (rule is "referral-not-found" or "panel-meeting-not-found" ? Access.Hidden : Access.LetThrough, detail);
            case HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest or >= HttpStatusCode.InternalServerError:
                return (null, detail);
            default:
                return (Access.LetThrough, detail);
        }
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string endpoint, Guid id, Guid meeting) => endpoint switch
    {
        "submit-referral" => client.SubmitAsync(Referral()),
        "referral-status" => client.GetAsync($"/api/prevent/referrals/{id}/status"),
        "referral-detail" => client.GetAsync($"/api/prevent/referrals/{id}"),
        "triage-queue" => client.GetAsync("/api/prevent/triage-queue"),
        "triage" => Post(client, $"referrals/{id}/triage", new() { ["outcome"] = "channel", ["reason"] = "Vulnerable." }),
        "record-panel-meeting" => Post(client, "panel-meetings", Meeting("2025-07-15")),
        "panel-meeting" => client.GetAsync($"/api/prevent/panel-meetings/{meeting}"),
        "panel-decision" => Post(client, $"referrals/{id}/panel-decision", Panel(meeting)),
        "consent" => Post(client, $"referrals/{id}/consent", new() { ["givenBy"] = "parent-or-guardian", ["givenOn"] = "2025-07-15" }),
        "consent-withdrawal" => Post(client, $"referrals/{id}/consent/withdrawal", new() { ["withdrawnOn"] = "2025-07-15" }),
        "add-intervention" => Post(client, $"referrals/{id}/interventions", new() { ["type"] = "mentoring", ["provider"] = "Mentor Co", ["startsOn"] = "2025-07-15" }),
        "update-intervention" => Post(client, $"referrals/{id}/interventions/{Guid.NewGuid()}/status", new() { ["status"] = "active" }),
        "panel-review" => Post(client, $"referrals/{id}/panel-reviews", new() { ["meetingId"] = meeting, ["note"] = "Reviewed." }),
        "exit" => Post(client, $"referrals/{id}/exit", new() { ["exitedOn"] = "2025-07-15" }),
        "follow-up" => Post(client, $"referrals/{id}/follow-ups/6", new() { ["heldOn"] = "2025-07-15", ["note"] = "Settled." }),
        "follow-ups-due" => client.GetAsync("/api/prevent/follow-ups/due"),
        "caseload" => client.GetAsync("/api/prevent/caseload"),
        "rejected-referrals" => client.GetAsync("/api/prevent/rejected-referrals"),
        "dismiss-rejected-referral" => client.DeleteAsync($"/api/prevent/rejected-referrals/{Guid.NewGuid()}"),
        "statistics" => client.GetAsync("/api/prevent/statistics/2025/q3"),
        "audit-log" => client.GetAsync("/api/prevent/audit"),
        "outbox-admin" => client.GetAsync("/api/prevent/admin/outbox"),
        "parked-referrals" => client.GetAsync("/api/prevent/admin/parked-referrals"),
        "redrive-parked-referral" => Post(client, $"admin/parked-referrals/{Guid.NewGuid():N}/redrive", new()),
        "delete-parked-referral" => client.DeleteAsync($"/api/prevent/admin/parked-referrals/{Guid.NewGuid():N}"),
        "subject-access" => Post(client, "subject-access", new() { ["reference"] = "SAR-2025-001", ["name"] = "Nobody Known" }),
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };

    private static async Task<HttpResponseMessage> Post(HttpClient client, string path, JsonObject body)
    {
        var response = await client.PostAsync($"/api/prevent/{path}", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        await response.Content.LoadIntoBufferAsync();
        return response;
    }
}
