using CommunityTrigger.Api.Domain;
using CommunityTrigger.Contracts;
using Platform.ServiceDefaults.Errors;
using static CommunityTrigger.Tests.Domain.Evidence;

namespace CommunityTrigger.Tests.Domain;

public class TriggerCaseTests
{
    /// <summary>Tuesday 15 July 2025, 10:00 in England (BST).</summary>
    private static readonly DateTimeOffset Received = new(2025, 7, 15, 9, 0, 0, TimeSpan.Zero);

    private static readonly DeadlinePolicy Deadlines = new();

    private static readonly Incident[] ThreeIncidents =
        [Incident("2025-05-01", "2025-05-02"), Incident("2025-06-01", "2025-06-03"), Incident("2025-07-01", "2025-07-10")];

    internal static NewApplication Application(params Incident[] incidents) => new(
        "norwich",
        ApplicationChannel.Online,
        new Applicant("Alex Example", "alex@example.org", null, null, ApplicantCapacity.Victim, null, false),
        "Repeated noise and intimidation from a neighbouring flat.",
        incidents.Length == 0 ? ThreeIncidents : incidents,
        []);

    private static TriggerCase Receive(DateTimeOffset? at = null, params Incident[] incidents) =>
        TriggerCase.Receive(Application(incidents), StatusToken.Hash("token"), at ?? Received, Deadlines, WorkingDayCalendar.EnglandAndWales);

    [Fact]
    public void A_received_application_is_due_a_decision_ten_working_days_later()
    {
        var application = Receive();

        Assert.Equal(CaseStatus.Received, application.Status);
        Assert.Equal(D("2025-07-15"), application.ReceivedOn);
        Assert.Equal(D("2025-07-29"), application.DecisionDueOn);
    }

    [Fact]
    public void Receipt_dates_are_taken_in_England_not_in_UTC()
    {
        var lateEveningInSummer = Receive(new DateTimeOffset(2025, 7, 14, 23, 30, 0, TimeSpan.Zero));
        var lateEveningInWinter = Receive(new DateTimeOffset(2025, 12, 19, 23, 30, 0, TimeSpan.Zero), ThreeIncidents[1..]);

        Assert.Equal(D("2025-07-15"), lateEveningInSummer.ReceivedOn);
        Assert.Equal(D("2025-12-19"), lateEveningInWinter.ReceivedOn);
        Assert.Equal(D("2026-01-07"), lateEveningInWinter.DecisionDueOn);
    }

    [Fact]
    public void The_deadline_status_applies_only_while_the_decision_is_pending()
    {
        var application = Receive();

        Assert.Equal(DeadlineStatus.Overdue, application.DecisionDeadlineStatus(D("2025-07-30"), Deadlines, WorkingDayCalendar.EnglandAndWales));
        application.DecideThreshold(ThresholdRuleBook.Default, Received.AddDays(15));
        Assert.Null(application.DecisionDeadlineStatus(D("2025-07-30"), Deadlines, WorkingDayCalendar.EnglandAndWales));
    }

    [Fact]
    public void Receiving_announces_the_application_and_an_outcome_after_a_review_announces_the_completed_review()
    {
        var application = Receive();
        var received = Assert.IsType<CommunityTriggerApplicationReceived>(Assert.Single(application.TakeAnnouncedEvents()));
        Assert.Equal((application.Id, "norwich", "online", 3, Received), (received.CaseId, received.District, received.Channel, received.IncidentCount, received.OccurredAt));

        application.DecideThreshold(ThresholdRuleBook.Default, Received.AddDays(3));
        application.RecordReviewMeeting(Meeting("2025-08-01"), Received.AddDays(20));
        application.AddRecommendation("Joint visit with the housing provider", "norfolk-constabulary", D("2025-09-01"), Received.AddDays(20));
        application.AddRecommendation("Install noise monitoring", "norwich-city-council", D("2025-10-01"), Received.AddDays(20));
        Assert.Empty(application.AnnouncedEvents);
        application.SendOutcome("The review found ...", Received.AddDays(21), Deadlines);

        var completed = Assert.IsType<CaseReviewCompleted>(Assert.Single(application.TakeAnnouncedEvents()));
        Assert.Equal(D("2025-08-01"), completed.ReviewHeldOn);
        Assert.Equal(["norfolk-constabulary", "norwich-city-council"], completed.RecommendationOwners);
    }

    [Fact]
    public void A_case_that_meets_the_threshold_goes_through_review_outcome_and_appeal_to_closure()
    {
        var application = Receive();

        var decision = application.DecideThreshold(ThresholdRuleBook.Default, Received.AddDays(3));
        application.RecordReviewMeeting(Meeting("2025-08-01"), Received.AddDays(20));
        var recommendation = application.AddRecommendation("Install noise monitoring", "norwich-city-council", D("2025-10-01"), Received.AddDays(20));
        application.AddRecommendation("Joint visit with the housing provider", "norfolk-constabulary", D("2025-09-01"), Received.AddDays(20));
        application.SendOutcome("The review found ...", Received.AddDays(21), Deadlines);
        application.RequestAppeal("The noise continues.", Received.AddDays(30));
        application.DecideAppeal(AppealDecision.NotUpheld, "Independent reviewer", "The review was thorough.", Received.AddDays(40));
        application.CompleteRecommendation(recommendation.Id, "Monitoring installed", Received.AddDays(45));
        application.Close(Received.AddDays(50));

        Assert.True(decision.Met);
        Assert.Equal(CaseStatus.Closed, application.Status);
        Assert.Equal(2, application.Recommendations.Count);
        Assert.NotNull(recommendation.CompletedAt);
        Assert.Equal(D("2025-08-26"), application.AppealDueOn);
        Assert.Equal(AppealDecision.NotUpheld, application.Appeal!.Decision);
    }

    [Fact]
    public void A_case_below_the_threshold_gets_an_outcome_and_closes_once_the_appeal_window_has_passed()
    {
        var application = Receive(null, ThreeIncidents[..1]);

        var decision = application.DecideThreshold(ThresholdRuleBook.Default, Received.AddDays(3));
        application.SendOutcome("The threshold was not met because ...", Received.AddDays(3), Deadlines);
        var early = Assert.Throws<RuleViolationException>(() => application.Close(Received.AddDays(24)));
        application.Close(Received.AddDays(25));

        Assert.False(decision.Met);
        Assert.Equal("appeal-window-open", early.Rule);
        Assert.Equal(CaseStatus.Closed, application.Status);
    }

    [Fact]
    public void The_rules_in_force_on_the_receipt_date_apply_however_late_the_decision()
    {
        var rules = Rules(ThresholdRuleSet.StatutoryDefault, Version("two-complaints-2025", "2025-07-16") with { MinimumQualifyingComplaints = 2 });
        var application = Receive(null, ThreeIncidents[1..]);

        var decision = application.DecideThreshold(rules, Received.AddDays(10));

        Assert.Equal("2014-default", decision.RuleVersion);
        Assert.Equal(CaseStatus.ThresholdNotMet, application.Status);
        Assert.Same(decision, application.ThresholdDecision);
    }

    [Theory]
    [InlineData(21, true)]
    [InlineData(22, false)]
    public void An_appeal_is_accepted_up_to_the_last_day_of_the_window(int daysAfterOutcome, bool accepted)
    {
        var application = OutcomeSent(Deadlines);

        var attempt = Record.Exception(() => application.RequestAppeal("Nothing changed.", Received.AddDays(daysAfterOutcome)));

        if (accepted)
        {
            Assert.Null(attempt);
            Assert.Equal(CaseStatus.AppealRequested, application.Status);
        }
        else
        {
            var refusal = Assert.IsType<RuleViolationException>(attempt);
            Assert.Equal(("appeal-window-closed", RuleViolationKind.BusinessRule), (refusal.Rule, refusal.Kind));
            Assert.Equal(CaseStatus.OutcomeSent, application.Status);
        }
    }

    [Fact]
    public void The_appeal_window_is_configurable_and_fixed_when_the_outcome_is_sent()
    {
        var application = OutcomeSent(new DeadlinePolicy { AppealWindowDays = 14 });

        Assert.Equal(D("2025-07-29"), application.AppealDueOn);
        Assert.Throws<RuleViolationException>(() => application.RequestAppeal("Nothing changed.", Received.AddDays(15)));
    }

    public static TheoryData<CaseStatus, string> RefusedMoves => new()
    {
        { CaseStatus.Received, "hold review meeting" },
        { CaseStatus.Received, "send outcome" },
        { CaseStatus.Received, "close" },
        { CaseStatus.ThresholdMet, "decide threshold" },
        { CaseStatus.ThresholdMet, "add recommendation" },
        { CaseStatus.ThresholdMet, "send outcome" },
        { CaseStatus.ThresholdNotMet, "hold review meeting" },
        { CaseStatus.ThresholdNotMet, "add recommendation" },
        { CaseStatus.ReviewMeetingHeld, "hold review meeting" },
        { CaseStatus.RecommendationsMade, "request appeal" },
        { CaseStatus.OutcomeSent, "send outcome" },
        { CaseStatus.OutcomeSent, "decide appeal" },
        { CaseStatus.OutcomeSent, "add recommendation" },
        { CaseStatus.AppealRequested, "request appeal" },
        { CaseStatus.AppealRequested, "close" },
        { CaseStatus.AppealDecided, "request appeal" },
        { CaseStatus.Closed, "request appeal" },
        { CaseStatus.Closed, "decide threshold" },
    };

    [Theory]
    [MemberData(nameof(RefusedMoves))]
    public void Moves_the_lifecycle_does_not_allow_are_refused_and_change_nothing(CaseStatus status, string action)
    {
        var application = CaseIn(status);
        var later = Received.AddDays(60);
        Action attempt = action switch
        {
            "decide threshold" => () => application.DecideThreshold(ThresholdRuleBook.Default, later),
            "hold review meeting" => () => application.RecordReviewMeeting(Meeting("2025-08-01"), later),
            "add recommendation" => () => application.AddRecommendation("Patrols", "norfolk-constabulary", D("2025-12-01"), later),
            "send outcome" => () => application.SendOutcome("Letter", later, Deadlines),
            "request appeal" => () => application.RequestAppeal("Grounds", later),
            "decide appeal" => () => application.DecideAppeal(AppealDecision.Upheld, "Reviewer", "Reasons", later),
            "close" => () => application.Close(later),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };

        var refusal = Assert.Throws<RuleViolationException>(attempt);

        Assert.Equal(("invalid-case-transition", RuleViolationKind.InvalidTransition), (refusal.Rule, refusal.Kind));
        Assert.Equal(status, application.Status);
    }

    [Fact]
    public void A_review_meeting_needs_attendance_and_a_date_between_receipt_and_today()
    {
        var application = CaseIn(CaseStatus.ThresholdMet);

        Assert.Equal("review-meeting-date", Assert.Throws<RuleViolationException>(
            () => application.RecordReviewMeeting(Meeting("2025-07-14"), Received.AddDays(20))).Rule);
        Assert.Equal("review-meeting-date", Assert.Throws<RuleViolationException>(
            () => application.RecordReviewMeeting(Meeting("2025-09-01"), Received.AddDays(20))).Rule);
        Assert.Equal("review-meeting-attendance", Assert.Throws<RuleViolationException>(
            () => application.RecordReviewMeeting(Meeting("2025-08-01") with { AttendingAgencies = [] }, Received.AddDays(20))).Rule);
        Assert.Equal("review-meeting-attendance", Assert.Throws<RuleViolationException>(
            () => application.RecordReviewMeeting(Meeting("2025-08-01") with { AttendingAgencies = ["The Police"] }, Received.AddDays(20))).Rule);
        Assert.Equal(CaseStatus.ThresholdMet, application.Status);
    }

    [Fact]
    public void A_recommendation_is_completed_once_and_is_overdue_only_while_open()
    {
        var application = CaseIn(CaseStatus.RecommendationsMade);
        var recommendation = application.Recommendations[0];

        Assert.True(recommendation.IsOverdue(recommendation.DueOn.AddDays(1)));
        application.CompleteRecommendation(recommendation.Id, null, Received.AddDays(30));

        Assert.False(recommendation.IsOverdue(recommendation.DueOn.AddDays(1)));
        Assert.Equal("recommendation-already-completed", Assert.Throws<RuleViolationException>(
            () => application.CompleteRecommendation(recommendation.Id, null, Received.AddDays(31))).Rule);
        Assert.Equal("recommendation-not-found", Assert.Throws<RuleViolationException>(
            () => application.CompleteRecommendation(Guid.NewGuid(), null, Received.AddDays(31))).Rule);
    }

    private static ReviewMeeting Meeting(string heldOn) => new(
        D(heldOn),
        ["norwich-city-council", "norfolk-constabulary", "norfolk-waveney-icb", "broadland-housing"],
        [new AgencyResponseReview("norfolk-constabulary", "Attended each report; no follow-up visit.", false)],
        "The household has no access to mediation.");

    private static TriggerCase OutcomeSent(DeadlinePolicy deadlines)
    {
        var application = Receive(null, ThreeIncidents[..1]);
        application.DecideThreshold(ThresholdRuleBook.Default, Received);
        application.SendOutcome("The threshold was not met because ...", Received, deadlines);
        return application;
    }

    /// <summary>A case walked along the lifecycle's main path until it reaches <paramref name="status"/>.</summary>
    private static TriggerCase CaseIn(CaseStatus status)
    {
        var application = Receive(null, status == CaseStatus.ThresholdNotMet ? ThreeIncidents[..1] : ThreeIncidents);
        Action<TriggerCase>[] mainPath =
        [
            c => c.DecideThreshold(ThresholdRuleBook.Default, Received.AddDays(1)),
            c => c.RecordReviewMeeting(Meeting("2025-08-01"), Received.AddDays(20)),
            c => c.AddRecommendation("Patrols", "norfolk-constabulary", D("2025-09-01"), Received.AddDays(20)),
            c => c.SendOutcome("Letter", Received.AddDays(21), Deadlines),
            c => c.RequestAppeal("Grounds", Received.AddDays(22)),
            c => c.DecideAppeal(AppealDecision.NotUpheld, "Reviewer", "Reasons", Received.AddDays(23)),
            c => c.Close(Received.AddDays(24)),
        ];

        foreach (var step in mainPath.TakeWhile(_ => application.Status != status))
        {
            step(application);
        }

        Assert.Equal(status, application.Status);
        return application;
    }
}
