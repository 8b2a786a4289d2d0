using Platform.ServiceDefaults.Errors;
using Platform.ServiceDefaults.Time;
using Prevent.Api.Domain;
using Prevent.Contracts;

namespace Prevent.Tests.Domain;

public class ReferralTests
{
    private static RuleViolationException Refused(Action move, string rule)
    {
        var refused = Assert.Throws<RuleViolationException>(move);
        Assert.Equal(rule, refused.Rule);
        return refused;
    }

    [Theory]
    [InlineData("2015-01-01", "under-15")]
    [InlineData("2010-07-16", "under-15")]
    [InlineData("2010-07-15", "15-17")]
    [InlineData("2007-07-16", "15-17")]
    [InlineData("2007-07-15", "18-20")]
    [InlineData("1990-03-01", "31-40")]
    [InlineData("1950-01-01", "61-plus")]
    public void The_age_band_is_derived_from_the_date_of_birth_on_the_day_of_receipt(string dateOfBirth, string band)
    {
        var referral = Referrals.Received(Referrals.New(DateOnly.Parse(dateOfBirth, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(band, referral.AgeBand);
    }

    [Fact]
    public void Without_a_date_of_birth_the_given_band_is_kept_and_no_match_key_is_made()
    {
        var referral = Referrals.Received(Referrals.New(ageBand: AgeBands.From21To30));

        Assert.Equal(AgeBands.From21To30, referral.AgeBand);
        Assert.Null(referral.PersonMatchKey);
    }

    [Fact]
    public void A_referral_without_age_or_with_a_contradicting_band_or_unknown_district_is_refused_field_by_field()
    {
        var today = new DateOnly(2025, 7, 15);
        var noAge = Referrals.New() with { Person = new PersonDetails("Alex", null, null) };
        var contradicting = Referrals.New(new DateOnly(2000, 1, 1), AgeBands.Under15);
        var elsewhere = Referrals.New() with { District = "ipswich" };

        Assert.Contains("person", noAge.Problems(today).Keys);
        Assert.Contains("person.ageBand", contradicting.Problems(today).Keys);
        Assert.Contains("district", elsewhere.Problems(today).Keys);
        Refused(() => Referrals.Received(elsewhere), "referral-invalid");
    }

    [Fact]
    public void The_match_key_ignores_case_accents_and_spacing_but_not_the_date_of_birth()
    {
        var born = new DateOnly(2008, 5, 2);

        var key = Referrals.Matching.KeyOf("Zoë  O'Brien", born);

        Assert.Equal(key, Referrals.Matching.KeyOf("zoe obrien", born));
        Assert.NotEqual(key, Referrals.Matching.KeyOf("Zoe OBrien", born.AddDays(1)));
        Assert.DoesNotContain("obrien", key!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(64, key!.Length);
    }

    [Fact]
    public void Two_platforms_with_different_keys_hash_the_same_person_differently_and_neither_is_the_plain_sha256()
    {
        var born = new DateOnly(2008, 5, 2);
        var other = new PersonMatch("other-1", System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var unkeyed = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes($"prevent-person:v1|zoe obrien|2008-05-02")));

        var ours = Referrals.Matching.KeyOf("Zoe O'Brien", born);
        var theirs = other.KeyOf("Zoe O'Brien", born);

        Assert.NotEqual(ours, theirs);
        Assert.NotEqual(unkeyed, ours);
        Assert.NotEqual(unkeyed, theirs);
        Assert.Throws<ArgumentException>(() => new PersonMatch("short", new byte[16]));
    }

    [Fact]
    public void A_referral_records_which_key_hashed_it_and_is_re_hashed_with_a_new_one()
    {
        var referral = Referrals.Received();
        var rotated = new PersonMatch("test-2", System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var before = referral.PersonMatchKey;

        referral.RehashPerson(rotated);

        Assert.Equal("test-2", referral.PersonMatchKeyId);
        Assert.NotEqual(before, referral.PersonMatchKey);
        Assert.Equal(rotated.KeyOf("Alex Example", new DateOnly(1990, 3, 1)), referral.PersonMatchKey);
    }

    [Fact]
    public void A_minimised_referral_keeps_what_the_statistics_count_and_nothing_that_identifies_the_person()
    {
        var referral = Referrals.Received();

        referral.Minimise(Referrals.ReceivedAt.AddYears(3));
        referral.RehashPerson(Referrals.Matching);

        Assert.Equal((Referral.Removed, null), (referral.Person.Name, referral.Person.DateOfBirth));
        Assert.Equal(Referral.Removed, referral.Concerns);
        Assert.Null(referral.PersonMatchKey);
        Assert.Equal((Sector.Education, Platform.Contracts.Districts.Norwich), (referral.Sector, referral.District));
    }

    [Fact]
    public void A_repeat_referral_of_the_same_person_is_linked_and_flagged()
    {
        var first = Referrals.Received();
        var second = Referrals.Received(Referrals.New(name: "ALEX  example"));

        second.LinkToPrevious(first);

        Assert.True(second.IsRepeat);
        Assert.Equal(first.Id, second.PreviousReferralId);
        Assert.Throws<ArgumentException>(() => second.LinkToPrevious(Referrals.Received(Referrals.New(name: "Sam Other"))));
    }

    [Fact]
    public void Triage_records_the_outcome_and_time_to_triage_and_cannot_be_repeated()
    {
        var referral = Referrals.Received();

        referral.RecordTriage(TriageOutcome.Signposted, "Mental health need.", "Norfolk and Suffolk NHS FT", "officer-1", Referrals.ReceivedAt.AddHours(30));

        Assert.Equal(ReferralStatus.Signposted, referral.Status);
        Assert.Equal("Norfolk and Suffolk NHS FT", referral.Triage!.SignpostedTo);
        Assert.Equal(TimeSpan.FromHours(30), referral.TimeToTriage);
        Refused(() => referral.RecordTriage(TriageOutcome.Channel, "Second look.", null, "officer-2", Referrals.ReceivedAt.AddDays(3)), "referral-already-triaged");
        Assert.Equal(ReferralStatus.Signposted, referral.Status);
    }

    [Fact]
    public void Signposting_names_the_service()
    {
        var referral = Referrals.Received();

        Refused(() => referral.RecordTriage(TriageOutcome.Signposted, "Other need.", " ", "officer-1", Referrals.ReceivedAt), "signposting-service-required");
        Assert.Equal(ReferralStatus.Received, referral.Status);
    }

    [Fact]
    public void No_further_action_ends_the_referral_and_a_panel_cannot_adopt_it()
    {
        var referral = Referrals.Received();
        referral.RecordTriage(TriageOutcome.NoFurtherAction, "No vulnerability.", null, "officer-1", Referrals.ReceivedAt.AddDays(1));

        Assert.Equal(ReferralStatus.NoFurtherAction, referral.Status);
        Refused(() => referral.Decide(), "not-awaiting-panel");
    }

    [Fact]
    public void A_case_is_adopted_only_by_a_panel_decision_after_triage_to_channel()
    {
        Refused(() => Referrals.Received().Decide(), "not-awaiting-panel");

        var notAdopted = Referrals.AwaitingPanel();
        notAdopted.Decide(adopt: false);
        var adopted = Referrals.Adopted();

        Assert.Equal(ReferralStatus.NotAdopted, notAdopted.Status);
        Assert.Equal(ReferralStatus.Adopted, adopted.Status);
        Assert.Equal(new DateOnly(2025, 7, 30), adopted.PanelHeldOn);
        Assert.Equal(adopted.PanelMeetingId, adopted.PanelDecision!.MeetingId);
        Refused(() => adopted.Decide(), "not-awaiting-panel");
    }

    [Fact]
    public void A_decision_refers_to_a_meeting_that_has_sat_and_that_recorded_who_attended()
    {
        var referral = Referrals.AwaitingPanel();
        var nextMonth = Referrals.Meeting(heldOn: Referrals.PanelDay.AddMonths(1));

        Refused(() => referral.Decide(meeting: nextMonth), "panel-meeting-not-held");
        Refused(() => referral.Decide(meeting: Referrals.Meeting(heldOn: UkDate.Of(Referrals.ReceivedAt))), "panel-before-referral-to-channel");
        Assert.Equal(ReferralStatus.AwaitingPanel, referral.Status);
        Refused(
            () => PanelMeeting.Record(Platform.Contracts.Agencies.NorwichCityCouncil, Referrals.PanelDay, "Chair", [" ", ""], "lead-1", Referrals.ReceivedAt),
            "panel-attendees-required");
    }

    [Theory]
    [InlineData(TriageOutcome.NoFurtherAction, null)]
    [InlineData(TriageOutcome.Signposted, "CAMHS")]
    public void A_referral_found_not_appropriate_tells_the_referrer_without_the_police_reasoning(TriageOutcome outcome, string? signpostedTo)
    {
        var referral = Referrals.Received();

        referral.RecordTriage(outcome, "Confidential police reasoning.", signpostedTo, "officer-1", Referrals.ReceivedAt.AddDays(1));

        var notice = referral.ReferrerNotice!;
        Assert.Equal(referral.ReferrerAgency, notice.ReferrerAgency);
        Assert.Equal(outcome, notice.Outcome);
        Assert.Equal(signpostedTo, notice.SignpostedTo);
        Assert.Equal(Referrals.ReceivedAt.AddDays(1), notice.NotifiedAt);
        Assert.DoesNotContain("Confidential", notice.Message, StringComparison.Ordinal);
        Assert.Null(Referrals.AwaitingPanel().ReferrerNotice);
    }

    [Fact]
    public void No_support_starts_before_consent()
    {
        var adopted = Referrals.Adopted();

        Refused(() => adopted.AddIntervention("mentoring", "Provider", new DateOnly(2025, 8, 1), null), "consent-required");
        Assert.Empty(adopted.Interventions);
        Assert.Equal(ReferralStatus.Adopted, adopted.Status);
    }

    [Fact]
    public void Under_18s_need_a_parent_or_guardian_to_consent()
    {
        var child = Referrals.Adopted(Referrals.New(new DateOnly(2010, 1, 1)));

        Refused(() => child.RecordConsent(ConsentGiver.Person, new DateOnly(2025, 8, 1)), "guardian-consent-required");
        child.RecordConsent(ConsentGiver.ParentOrGuardian, new DateOnly(2025, 8, 1));

        Assert.Equal(ConsentGiver.ParentOrGuardian, child.Consent!.GivenBy);
    }

    [Fact]
    public void Consent_is_only_taken_for_an_adopted_case()
    {
        Refused(() => Referrals.AwaitingPanel().RecordConsent(ConsentGiver.Person, new DateOnly(2025, 8, 1)), "consent-not-expected");
    }

    [Fact]
    public void Panels_review_the_support_plan_only_while_the_case_is_in_support()
    {
        var october = Referrals.Meeting(new DateOnly(2025, 10, 1));
        var inSupport = Referrals.InSupport();

        Refused(() => Referrals.Adopted().RecordPanelReview(october, "Engaging well.", october.HeldOn), "support-not-active");
        inSupport.RecordPanelReview(october, "Engaging well.", october.HeldOn);

        Assert.Equal([new PanelReview(october.Id, october.HeldOn, "Engaging well.")], inSupport.PanelReviews);
        Refused(() => inSupport.RecordPanelReview(october, "Again.", october.HeldOn), "panel-review-already-recorded");
    }

    [Fact]
    public void Withdrawn_consent_closes_support_and_stops_unfinished_interventions()
    {
        var inSupport = Referrals.InSupport();

        inSupport.WithdrawConsent(new DateOnly(2025, 9, 1));

        Assert.Equal(ReferralStatus.ConsentWithdrawn, inSupport.Status);
        Assert.Equal(new DateOnly(2025, 9, 1), inSupport.Consent!.WithdrawnOn);
        Assert.All(inSupport.Interventions, i => Assert.Equal(InterventionStatus.Stopped, i.Status));
        Refused(() => inSupport.AddIntervention("mentoring", "Provider", new DateOnly(2025, 9, 2), null), "case-not-adopted");
        Refused(() => inSupport.Exit(new DateOnly(2025, 9, 3)), "support-not-active");
    }

    [Fact]
    public void Exit_schedules_follow_up_reviews_at_6_and_12_months_that_fall_due_and_overdue()
    {
        var inSupport = Referrals.InSupport();

        inSupport.Exit(new DateOnly(2025, 8, 31));

        Assert.Equal([new DateOnly(2026, 2, 28), new DateOnly(2026, 8, 31)], inSupport.FollowUps.Select(f => f.DueOn));
        var sixMonths = inSupport.FollowUps[0];
        Assert.False(sixMonths.IsDue(new DateOnly(2026, 2, 27)));
        Assert.True(sixMonths.IsDue(new DateOnly(2026, 2, 28)));
        Assert.False(sixMonths.IsOverdue(new DateOnly(2026, 2, 28)));
        Assert.True(sixMonths.IsOverdue(new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void A_follow_up_review_is_held_only_after_exit_and_only_once()
    {
        var inSupport = Referrals.InSupport();
        Refused(() => inSupport.RecordFollowUp(6, new DateOnly(2026, 1, 1), "Doing well."), "case-not-exited");

        inSupport.Exit(new DateOnly(2025, 8, 31));
        inSupport.RecordFollowUp(6, new DateOnly(2026, 3, 2), "Doing well.");

        Assert.False(inSupport.FollowUps[0].IsDue(new DateOnly(2026, 12, 1)));
        Refused(() => inSupport.RecordFollowUp(6, new DateOnly(2026, 3, 3), "Again."), "follow-up-already-held");
    }

    [Fact]
    public void A_referral_announces_its_receipt_and_a_panel_announces_only_an_adoption()
    {
        var adopted = Referrals.Adopted();
        var notAdopted = Referrals.AwaitingPanel();
        notAdopted.Decide(adopt: false);

        Assert.Collection(
            adopted.AnnouncedEvents,
            received => Assert.Equal((adopted.Id, "norwich", Referrals.ReceivedAt), (Assert.IsType<PreventReferralReceived>(received).ReferralId, ((PreventReferralReceived)received).District, received.OccurredAt)),
            channel => Assert.Equal((adopted.Id, Referrals.PanelDay), (Assert.IsType<ChannelCaseAdopted>(channel).ReferralId, ((ChannelCaseAdopted)channel).PanelHeldOn)));
        Assert.IsType<PreventReferralReceived>(Assert.Single(notAdopted.AnnouncedEvents));
    }
}
