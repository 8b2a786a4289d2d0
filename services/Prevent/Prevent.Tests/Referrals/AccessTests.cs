using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.Testing;
using Prevent.Api.Referrals;
using Prevent.Tests.Infrastructure;
using static Prevent.Tests.Infrastructure.PreventRequests;

namespace Prevent.Tests.Referrals;

/// <summary>Case detail for the owning council's Prevent lead and panel members only; submitters see status; the rest nothing.</summary>
public class AccessTests(PreventApiFactory prevent) : IClassFixture<PreventApiFactory>
{
    [Fact]
    public async Task A_partner_system_reads_only_the_status_of_its_own_referrals()
    {
        var own = await prevent.PartnerSystem().SubmittedAsync(Referral());

        var status = await prevent.PartnerSystem().GetAsync($"/api/prevent/referrals/{own.Id}/status");
        var othersStatus = await prevent.PartnerSystem("another-partner").GetAsync($"/api/prevent/referrals/{own.Id}/status");
        var detail = await prevent.PartnerSystem().GetAsync($"/api/prevent/referrals/{own.Id}");

        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var body = await status.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Alex", body, StringComparison.Ordinal);
        Assert.Equal("referral-not-found", (await othersStatus.ReadProblemAsync(HttpStatusCode.NotFound)).GetProperty("rule").GetString());
        await detail.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(Agencies.NorwichCityCouncil, Roles.PreventLead, HttpStatusCode.OK)]
    [InlineData(Agencies.NorwichCityCouncil, Roles.ChannelPanelMember, HttpStatusCode.OK)]
    [InlineData(Agencies.BrecklandCouncil, Roles.PreventLead, HttpStatusCode.NotFound)]
    [InlineData(Agencies.CountyCouncil, Roles.ChannelPanelMember, HttpStatusCode.NotFound)]
    [InlineData(Agencies.Constabulary, Roles.PolicePreventOfficer, HttpStatusCode.NotFound)]
    [InlineData(Agencies.NorwichCityCouncil, Roles.PartnerSystem, HttpStatusCode.NotFound)]
    [InlineData(Agencies.NorwichCityCouncil, Roles.Analyst, HttpStatusCode.Forbidden)]
    [InlineData(Agencies.Opcc, Roles.PartnershipOfficer, HttpStatusCode.Forbidden)]
    public async Task Case_detail_is_only_for_the_owning_councils_prevent_staff(string agency, string role, HttpStatusCode expected)
    {
        var referral = await prevent.PartnerSystem().SubmittedAsync(Referral(Districts.Norwich));

        var response = await prevent.As(agency, role).GetAsync($"/api/prevent/referrals/{referral.Id}");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_token_nothing_is_reachable()
    {
        var response = await prevent.CreateClient().SubmitAsync(Referral());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Every_read_of_case_detail_is_audited_and_the_audit_holds_no_personal_data()
    {
        var referral = await prevent.PartnerSystem().SubmittedAsync(Referral(name: "Casey Audit"));

        await prevent.PanelMember().GetFromJsonAsync<ReferralResponse>($"/api/prevent/referrals/{referral.Id}", TestJson.Options);
        await prevent.PreventLead().GetFromJsonAsync<ReferralResponse>($"/api/prevent/referrals/{referral.Id}", TestJson.Options);

        await using var db = prevent.NewDbContext();
        var entries = await db.Set<AuditEntry>().Where(e => e.SubjectId == referral.Id.ToString()).ToListAsync();
        Assert.Equal(2, entries.Count(e => e.Action == "referral-viewed"));
        Assert.Contains(entries, e => e.Action == "referral-received");
        Assert.All(entries, e => Assert.DoesNotContain("Casey", $"{e.Before}{e.After}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_councils_panel_member_cannot_change_the_case()
    {
        var referral = await prevent.PartnerSystem().SubmittedAsync(Referral(Districts.Norwich));
        await prevent.PoliceOfficer().ChangeAsync(referral.Id, "triage", new() { ["outcome"] = "channel", ["reason"] = "Vulnerable." });

        var brecklandMeeting = await prevent.PanelMember(Agencies.BrecklandCouncil).MeetingAsync("2025-07-01");
        var response = await prevent.PanelMember(Agencies.BrecklandCouncil).PostAsJsonAsync(
            $"/api/prevent/referrals/{referral.Id}/panel-decision", Panel(brecklandMeeting));

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_police_triage_answer_says_where_the_referral_stands_not_who_it_is_about()
    {
        var referral = await prevent.PartnerSystem().SubmittedAsync(Referral(name: "Casey Triageanswer", dateOfBirth: "2009-03-01"));

        var response = await prevent.PoliceOfficer().PostAsJsonAsync(
            $"/api/prevent/referrals/{referral.Id}/triage", new { outcome = "channel", reason = "Vulnerable." });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("awaiting-panel", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Casey", body, StringComparison.Ordinal);
        Assert.DoesNotContain("2009-03-01", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_police_prevent_officers_triage()
    {
        var referral = await prevent.PartnerSystem().SubmittedAsync(Referral());

        var response = await prevent.PreventLead().PostAsJsonAsync(
            $"/api/prevent/referrals/{referral.Id}/triage", new { outcome = "channel", reason = "Vulnerable." });

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }
}
