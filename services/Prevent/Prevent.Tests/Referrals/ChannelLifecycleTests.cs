using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Contracts;
using Platform.Testing;
using Prevent.Api.Domain;
using Prevent.Api.Referrals;
using Prevent.Api.Referrals.ListCaseload;
using Prevent.Api.Referrals.ListFollowUpsDue;
using Prevent.Api.Referrals.RecordPanelMeeting;
using Prevent.Tests.Infrastructure;
using static Prevent.Tests.Infrastructure.PreventRequests;

namespace Prevent.Tests.Referrals;

/// <summary>Referral → triage → panel → consent → support → exit → follow-ups, and the moves the rules refuse.</summary>
public class ChannelLifecycleTests(PreventApiFactory prevent) : IClassFixture<PreventApiFactory>
{
    private async Task<Guid> TriagedToChannelAsync(string? dateOfBirth = "2009-03-01")
    {
        prevent.Clock.Now = PreventApiFactory.DefaultNow;
        var referral = await prevent.PartnerSystem().SubmittedAsync(Referral(dateOfBirth: dateOfBirth));
        prevent.Clock.Now = PreventApiFactory.DefaultNow.AddHours(26);
        await prevent.PoliceOfficer().ChangeAsync(referral.Id, "triage", new() { ["outcome"] = "channel", ["reason"] = "Vulnerable to radicalisation." });
        return referral.Id;
    }

    /// <summary>The owning council's panel sits on 30 July 2025 and decides the case.</summary>
    private async Task<ReferralResponse> DecidedAsync(Guid id, bool adopt = true)
    {
        prevent.Clock.Now = PanelDay;
        var meeting = await prevent.PreventLead().MeetingAsync();
        return await prevent.PanelMember().ChangeAsync(id, "panel-decision", Panel(meeting, adopt));
    }

    private static readonly DateTimeOffset PanelDay = new(2025, 7, 30, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_case_goes_through_channel_and_its_follow_ups_fall_due()
    {
        var id = await TriagedToChannelAsync(dateOfBirth: "1995-05-05");
        var lead = prevent.PreventLead();

        var adopted = await DecidedAsync(id);
        await lead.ChangeAsync(id, "consent", new() { ["givenBy"] = "person", ["givenOn"] = "2025-08-01" });
        var supported = await lead.ChangeAsync(id, "interventions", new() { ["type"] = "ideological-mentoring", ["provider"] = "Mentor Co", ["startsOn"] = "2025-08-04" });
        await lead.ChangeAsync(id, $"interventions/{supported.Interventions[0].Id}/status", new() { ["status"] = "active" });
        prevent.Clock.Now = new DateTimeOffset(2025, 10, 1, 15, 0, 0, TimeSpan.Zero);
        var october = await prevent.PanelMember().MeetingAsync("2025-10-01");
        var reviewed = await prevent.PanelMember().ChangeAsync(id, "panel-reviews", new() { ["meetingId"] = october, ["note"] = "Engaging well." });
        var exited = await lead.ChangeAsync(id, "exit", new() { ["exitedOn"] = "2025-12-01" });

        Assert.Equal(ReferralStatus.Adopted, adopted.Status);
        Assert.Equal(26, adopted.HoursToTriage);
        Assert.Equal(new DateOnly(2025, 7, 30), adopted.PanelDecision!.HeldOn);
        Assert.Equal(InterventionStatus.Active, Assert.Single(reviewed.Interventions).Status);
        Assert.Equal(new PanelReview(october, new DateOnly(2025, 10, 1), "Engaging well."), Assert.Single(reviewed.PanelReviews));
        Assert.Equal(ReferralStatus.Exited, exited.Status);
        Assert.Equal(InterventionStatus.Stopped, Assert.Single(exited.Interventions).Status);
        Assert.Equal([new DateOnly(2026, 6, 1), new DateOnly(2026, 12, 1)], exited.FollowUps.Select(f => f.DueOn));
        await using var db = prevent.NewDbContext();
        Assert.Contains(await db.EventsAboutAsync(id), e => e.MessageType.Contains("channel-case-adopted", StringComparison.Ordinal));

        prevent.Clock.Now = new DateTimeOffset(2026, 6, 10, 9, 0, 0, TimeSpan.Zero);
        var due = await lead.GetFromJsonAsync<List<DueFollowUp>>("/api/prevent/follow-ups/due", TestJson.Options);
        var elsewhere = await prevent.PreventLead(Agencies.BrecklandCouncil).GetFromJsonAsync<List<DueFollowUp>>("/api/prevent/follow-ups/due", TestJson.Options);

        var sixMonths = Assert.Single(due!, f => f.ReferralId == id);
        Assert.Equal(6, sixMonths.Months);
        Assert.True(sixMonths.Overdue);
        Assert.DoesNotContain(elsewhere!, f => f.ReferralId == id);

        await lead.ChangeAsync(id, "follow-ups/6", new() { ["heldOn"] = "2026-06-10", ["note"] = "Settled at college." });
        var afterReview = await lead.GetFromJsonAsync<List<DueFollowUp>>("/api/prevent/follow-ups/due", TestJson.Options);
        Assert.DoesNotContain(afterReview!, f => f.ReferralId == id);
    }

    [Fact]
    public async Task The_caseload_lists_the_councils_cases_past_triage_with_their_position_but_not_who_the_person_is()
    {
        var channel = await TriagedToChannelAsync();
        var untriaged = await prevent.PartnerSystem().SubmittedAsync(Referral());

        var response = await prevent.PreventLead().GetAsync("/api/prevent/caseload");
        var body = await response.Content.ReadAsStringAsync();
        var caseload = await prevent.PreventLead().GetFromJsonAsync<List<CaseloadEntry>>("/api/prevent/caseload", TestJson.Options);
        var elsewhere = await prevent.PreventLead(Agencies.BrecklandCouncil).GetFromJsonAsync<List<CaseloadEntry>>("/api/prevent/caseload", TestJson.Options);

        Assert.Equal(ReferralStatus.AwaitingPanel, Assert.Single(caseload!, c => c.Id == channel).Status);
        Assert.DoesNotContain(caseload!, c => c.Id == untriaged.Id);
        Assert.DoesNotContain(elsewhere!, c => c.Id == channel);
        Assert.DoesNotContain("dateOfBirth", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Alex Example", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Police_see_the_concerns_awaiting_triage_but_not_who_the_person_is()
    {
        prevent.Clock.Now = PreventApiFactory.DefaultNow;
        var referral = await prevent.PartnerSystem().SubmittedAsync(Referral(name: "Taylor Hidden"));

        var response = await prevent.PoliceOfficer().GetAsync("/api/prevent/triage-queue");
        var forLead = await prevent.PreventLead().GetAsync("/api/prevent/triage-queue");

        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(referral.Id.ToString(), body, StringComparison.Ordinal);
        Assert.Contains("Sharing extremist material", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Taylor", body, StringComparison.Ordinal);
        Assert.DoesNotContain("2009-03-01", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forLead.StatusCode);
    }

    [Fact]
    public async Task Triage_twice_is_refused_and_nothing_changes()
    {
        var id = await TriagedToChannelAsync();

        var again = await prevent.PoliceOfficer().PostAsJsonAsync(
            $"/api/prevent/referrals/{id}/triage", new { outcome = "no-further-action", reason = "Changed mind." });

        Assert.Equal("referral-already-triaged", (await again.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        var status = await prevent.PartnerSystem().GetFromJsonAsync<ReferralStatusResponse>($"/api/prevent/referrals/{id}/status", TestJson.Options);
        Assert.Equal(ReferralStatus.AwaitingPanel, status!.Status);
    }

    [Fact]
    public async Task A_signposted_referral_tells_the_referrer_where_to()
    {
        prevent.Clock.Now = PreventApiFactory.DefaultNow;
        var referral = await prevent.PartnerSystem().SubmittedAsync(Referral());
        await prevent.PoliceOfficer().ChangeAsync(
            referral.Id, "triage", new() { ["outcome"] = "signposted", ["reason"] = "Mental health need.", ["signpostedTo"] = "CAMHS" });

        var status = await prevent.PartnerSystem().GetFromJsonAsync<ReferralStatusResponse>($"/api/prevent/referrals/{referral.Id}/status", TestJson.Options);

        Assert.Equal(ReferralStatus.Signposted, status!.Status);
        Assert.Equal("CAMHS", status.SignpostedTo);
        Assert.Equal("CAMHS", status.ReferrerNotice!.SignpostedTo);
        Assert.Equal(PreventApiFactory.PartnerAgency, status.ReferrerNotice.ReferrerAgency);
    }

    [Fact]
    public async Task A_referral_found_not_appropriate_is_told_to_the_referrer_through_its_status_without_the_police_reasoning()
    {
        prevent.Clock.Now = PreventApiFactory.DefaultNow;
        var referral = await prevent.PartnerSystem().SubmittedAsync(Referral());
        var before = await prevent.PartnerSystem().GetFromJsonAsync<ReferralStatusResponse>($"/api/prevent/referrals/{referral.Id}/status", TestJson.Options);
        prevent.Clock.Now = PreventApiFactory.DefaultNow.AddHours(5);
        await prevent.PoliceOfficer().ChangeAsync(
            referral.Id, "triage", new() { ["outcome"] = "no-further-action", ["reason"] = "Intelligence checks show no vulnerability." });

        var response = await prevent.PartnerSystem().GetAsync($"/api/prevent/referrals/{referral.Id}/status");
        var status = (await response.Content.ReadFromJsonAsync<ReferralStatusResponse>(TestJson.Options))!;

        Assert.Null(before!.ReferrerNotice);
        Assert.Equal(ReferralStatus.NoFurtherAction, status.Status);
        Assert.Equal(TriageOutcome.NoFurtherAction, status.ReferrerNotice!.Outcome);
        Assert.Equal(PreventApiFactory.PartnerAgency, status.ReferrerNotice.ReferrerAgency);
        Assert.Equal(PreventApiFactory.DefaultNow.AddHours(5), status.ReferrerNotice.NotifiedAt);
        Assert.Contains("not appropriate", status.ReferrerNotice.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Intelligence", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_panel_meeting_is_a_record_its_decisions_refer_to_and_only_its_council_sees()
    {
        var first = await TriagedToChannelAsync();
        var second = await TriagedToChannelAsync();
        prevent.Clock.Now = PanelDay;
        var meeting = await prevent.PreventLead().MeetingAsync();
        var breckland = await prevent.PreventLead(Agencies.BrecklandCouncil).MeetingAsync();
        var nextMonth = await prevent.PreventLead().MeetingAsync("2025-08-27");

        var notYetHeld = await prevent.PanelMember().PostAsJsonAsync($"/api/prevent/referrals/{first}/panel-decision", Panel(nextMonth));
        var otherCouncils = await prevent.PanelMember().PostAsJsonAsync($"/api/prevent/referrals/{first}/panel-decision", Panel(breckland));
        var adopted = await prevent.PanelMember().ChangeAsync(first, "panel-decision", Panel(meeting));
        await prevent.PanelMember().ChangeAsync(second, "panel-decision", Panel(meeting, adopt: false));

        Assert.Equal("panel-meeting-not-held", (await notYetHeld.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        Assert.Equal("panel-meeting-not-found", (await otherCouncils.ReadProblemAsync(HttpStatusCode.NotFound)).GetProperty("rule").GetString());
        Assert.Equal(meeting, adopted.PanelDecision!.MeetingId);
        var record = await prevent.PanelMember().GetFromJsonAsync<PanelMeetingResponse>($"/api/prevent/panel-meetings/{meeting}", TestJson.Options);
        // Both referrals were received at the same (test) instant, so their order is the ids' and the ids' is random.
        Assert.Equal(new[] { first, second }.Order(), record!.CasesDecided.Order());
        Assert.Equal("Head of Community Safety", record.Chair);
        Assert.Contains(Agencies.Constabulary, record.Attendees);
        var fromBreckland = await prevent.PanelMember(Agencies.BrecklandCouncil).GetAsync($"/api/prevent/panel-meetings/{meeting}");
        await fromBreckland.ReadProblemAsync(HttpStatusCode.NotFound);
        var noAttendees = await prevent.PreventLead().PostAsJsonAsync(
            "/api/prevent/panel-meetings", new { heldOn = "2025-07-30", chair = "Chair", attendees = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.BadRequest, noAttendees.StatusCode);
    }

    [Fact]
    public async Task Support_without_consent_and_person_consent_for_a_child_are_refused()
    {
        var id = await TriagedToChannelAsync(dateOfBirth: "2010-01-01");
        var lead = prevent.PreventLead();
        await DecidedAsync(id);

        var support = await lead.PostAsJsonAsync($"/api/prevent/referrals/{id}/interventions", new { type = "mentoring", provider = "Mentor Co", startsOn = "2025-08-04" });
        var childConsent = await lead.PostAsJsonAsync($"/api/prevent/referrals/{id}/consent", new { givenBy = "person", givenOn = "2025-08-01" });

        Assert.Equal("consent-required", (await support.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        Assert.Equal("guardian-consent-required", (await childConsent.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Withdrawn_consent_closes_support()
    {
        var id = await TriagedToChannelAsync();
        var lead = prevent.PreventLead();
        await DecidedAsync(id);
        await lead.ChangeAsync(id, "consent", new() { ["givenBy"] = "parent-or-guardian", ["givenOn"] = "2025-08-01" });
        await lead.ChangeAsync(id, "interventions", new() { ["type"] = "mentoring", ["provider"] = "Mentor Co", ["startsOn"] = "2025-08-04" });

        var withdrawn = await lead.ChangeAsync(id, "consent/withdrawal", new() { ["withdrawnOn"] = "2025-09-01" });
        var followUp = await lead.PostAsJsonAsync($"/api/prevent/referrals/{id}/follow-ups/6", new { heldOn = "2026-03-01", note = "Check." });

        Assert.Equal(ReferralStatus.ConsentWithdrawn, withdrawn.Status);
        Assert.All(withdrawn.Interventions, i => Assert.Equal(InterventionStatus.Stopped, i.Status));
        Assert.Equal("case-not-exited", (await followUp.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_case_not_sent_to_channel_cannot_be_adopted()
    {
        prevent.Clock.Now = PreventApiFactory.DefaultNow;
        var referral = await prevent.PartnerSystem().SubmittedAsync(Referral());

        var meeting = await prevent.PanelMember().MeetingAsync("2025-07-15");
        var response = await prevent.PanelMember().PostAsJsonAsync($"/api/prevent/referrals/{referral.Id}/panel-decision", Panel(meeting));

        Assert.Equal("not-awaiting-panel", (await response.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
    }
}
