using Platform.ServiceDefaults.Errors;
using Reviews.Api.Domain;
using Reviews.Contracts;

namespace Reviews.Tests.Domain;

public class ReviewCaseTests
{
    private static readonly DateTimeOffset NotifiedAt = new(2026, 1, 12, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly NotifiedOn = new(2026, 1, 12);
    private static readonly DateOnly Today = new(2026, 2, 20);
    private static readonly DateTimeOffset Now = new(Today, new TimeOnly(9, 0), TimeSpan.Zero);

    private static readonly Notification Death = new(
        new DateOnly(2026, 1, 10), "norwich", 34, Relationship.FormerIntimatePartner, Suicide: false, AbuseConcerns: true,
        CriminalInvestigationOpen: true, CriminalOutcome.UnderInvestigation);

    private static readonly Commissioning Appointment = new(
        new IndependentChair("Independent Chair Ltd", "chair-1", "TENDER-2026-07", new DateOnly(2026, 2, 1)),
        [new PanelMember("norfolk-constabulary", "panel-police")],
        "Examine agency contact with both parties from 2020.");

    private static ReviewCase Notified(TimescalePolicy? policy = null) => ReviewCase.Notify(Death, "DHR-2026-0001", NotifiedAt, policy ?? new TimescalePolicy());

    private static ReviewCase Commissioned()
    {
        var review = Notified();
        review.Decide(new ChairDecision(DecisionOutcome.Commission, "Criteria met.", new DateOnly(2026, 1, 20), new DateOnly(2026, 1, 21)), Now);
        review.Commission(Appointment, Now);
        return review;
    }

    private static RuleViolationException Refused(Action action) => Assert.Throws<RuleViolationException>(action);

    [Fact]
    public void A_notification_is_evaluated_and_the_decision_is_due_a_month_later()
    {
        var review = Notified();

        Assert.Equal((ReviewStage.Notified, true, new DateOnly(2026, 2, 12)), (review.Stage, review.Criteria.Met, review.DecisionDueOn));
        Assert.False(review.DecisionOverdue(new DateOnly(2026, 2, 12)));
        Assert.True(review.DecisionOverdue(new DateOnly(2026, 2, 13)));
    }

    [Fact]
    public void The_decision_period_comes_from_policy()
    {
        Assert.Equal(new DateOnly(2026, 3, 12), Notified(new TimescalePolicy { DecisionMonths = 2 }).DecisionDueOn);
    }

    [Fact]
    public void A_death_in_the_future_is_refused()
    {
        Assert.Equal("died-on-in-future", Refused(() => ReviewCase.Notify(Death with { DiedOn = new DateOnly(2026, 1, 13) }, "DHR-2026-0002", NotifiedAt, new TimescalePolicy())).Rule);
    }

    [Fact]
    public void Commissioning_without_a_decision_to_commission_is_refused()
    {
        var undecided = Notified();
        var declined = Notified();
        declined.Decide(new ChairDecision(DecisionOutcome.DoNotCommission, "Criteria not met: no qualifying relationship.", new DateOnly(2026, 1, 20), null), Now);

        Assert.Equal("not-decided-to-commission", Refused(() => undecided.Commission(Appointment, Now)).Rule);
        Assert.Equal("not-decided-to-commission", Refused(() => declined.Commission(Appointment, Now)).Rule);
        Assert.Equal((ReviewStage.Notified, ReviewStage.NotCommissioned), (undecided.Stage, declined.Stage));
    }

    [Fact]
    public void A_joint_review_with_a_safeguarding_adults_review_can_be_commissioned()
    {
        var review = Notified();
        review.Decide(new ChairDecision(DecisionOutcome.JointWithSafeguardingAdultsReview, "Care and support needs.", new DateOnly(2026, 1, 20), null), Now);
        review.Commission(Appointment, Now);

        Assert.Equal(ReviewStage.Commissioned, review.Stage);
        Assert.True(review.IsOnPanel("chair-1"));
        Assert.True(review.IsOnPanel("panel-police"));
        Assert.False(review.IsOnPanel("someone-else"));
    }

    [Fact]
    public void A_decision_cannot_be_made_twice_or_dated_before_notification()
    {
        var review = Notified();
        Assert.Equal("decided-on-out-of-range", Refused(() => review.Decide(new ChairDecision(DecisionOutcome.Commission, "x", new DateOnly(2026, 1, 11), null), Now)).Rule);
        review.Decide(new ChairDecision(DecisionOutcome.Commission, "Criteria met.", new DateOnly(2026, 1, 20), null), Now);
        Assert.Equal("decision-already-made", Refused(() => review.Decide(new ChairDecision(DecisionOutcome.DoNotCommission, "x", new DateOnly(2026, 1, 21), null), Now)).Rule);
    }

    [Fact]
    public void Publishing_before_Home_Office_approval_is_refused_at_every_earlier_stage()
    {
        var review = Commissioned();
        Assert.Equal("not-approved", Refused(() => review.Publish(Today, null)).Rule);
        review.DraftReport(new DateOnly(2026, 6, 1));
        Assert.Equal("not-approved", Refused(() => review.Publish(Today, null)).Rule);
        review.SubmitToQualityAssurance(new DateOnly(2026, 6, 10));
        Assert.Equal("not-approved", Refused(() => review.Publish(Today, null)).Rule);
        review.RecordFeedback("Strengthen the analysis of the GP's contact.", new DateOnly(2026, 8, 1));
        Assert.Equal("not-approved", Refused(() => review.Publish(Today, null)).Rule);
        review.Resubmit(new DateOnly(2026, 8, 20));
        review.Approve(new DateOnly(2026, 10, 1));
        review.Publish(new DateOnly(2026, 11, 1), new DateOnly(2026, 10, 25));

        Assert.Equal(ReviewStage.Published, review.Stage);
        Assert.Equal(
            [ReviewStage.Drafted, ReviewStage.SubmittedToQualityAssurance, ReviewStage.FeedbackReceived, ReviewStage.Resubmitted, ReviewStage.Approved, ReviewStage.Published],
            review.Report.Select(s => s.Stage));
    }

    [Fact]
    public void The_clock_stops_at_the_first_submission_to_the_Home_Office()
    {
        var review = Commissioned();
        review.DraftReport(new DateOnly(2026, 6, 1));
        review.SubmitToQualityAssurance(new DateOnly(2026, 6, 10));

        var timescale = review.Timescale(new TimescalePolicy(), new DateOnly(2027, 3, 1))!;

        Assert.Equal(TimescaleStatus.OnTrack, timescale.Status);
    }

    [Fact]
    public void A_process_can_hold_the_review_once_at_a_time_and_a_hold_ends_on_or_after_its_start()
    {
        var review = Commissioned();
        review.PlaceHold(ParallelProcess.Inquest, "Coroner's inquest listed.", new DateOnly(2026, 3, 1), NotifiedAt);
        var hold = Assert.Single(review.Holds);

        Assert.Equal("hold-already-open", Refused(() => review.PlaceHold(ParallelProcess.Inquest, "Again.", new DateOnly(2026, 3, 2), NotifiedAt)).Rule);
        Assert.Equal("hold-ends-before-start", Refused(() => review.EndHold(hold.Id, new DateOnly(2026, 2, 28))).Rule);
        review.EndHold(hold.Id, new DateOnly(2026, 4, 1));
        Assert.Equal("hold-already-ended", Refused(() => review.EndHold(hold.Id, new DateOnly(2026, 4, 2))).Rule);
        Assert.Equal(31, review.Timescale(new TimescalePolicy(), new DateOnly(2026, 5, 1))!.HeldDays);
    }

    [Fact]
    public void Holds_and_contributions_need_a_running_review()
    {
        var review = Notified();

        Assert.Equal("review-not-running", Refused(() => review.PlaceHold(ParallelProcess.CriminalTrial, "Trial.", new DateOnly(2026, 2, 1), NotifiedAt)).Rule);
        Assert.Equal("review-not-running", Refused(() => review.RequestContribution("norfolk-constabulary", ContributionKind.Chronology, new DateOnly(2026, 3, 1), NotifiedAt)).Rule);
        Assert.Equal("review-not-running", Refused(() => review.AddRecommendation(RecommendationKind.EarlyLearning, RecommendationCategory.Training, "Train.", "norfolk-constabulary", new DateOnly(2026, 3, 1), NotifiedAt)).Rule);
    }

    [Fact]
    public void A_contribution_is_received_once()
    {
        var review = Commissioned();
        var requested = review.RequestContribution("norfolk-waveney-icb", ContributionKind.IndividualManagementReview, new DateOnly(2026, 3, 1), NotifiedAt);
        review.ReceiveContribution(requested.Id, new DateOnly(2026, 2, 25));

        Assert.Equal(new DateOnly(2026, 2, 25), Assert.Single(review.Contributions).ReceivedOn);
        Assert.Equal("contribution-already-received", Refused(() => review.ReceiveContribution(requested.Id, new DateOnly(2026, 2, 26))).Rule);
    }

    [Fact]
    public void A_recommendation_is_agreed_once()
    {
        var review = Commissioned();
        var proposed = review.AddRecommendation(
            RecommendationKind.SmartAction, RecommendationCategory.ManagementGrip, "Audit DASH risk assessments quarterly.", "norfolk-constabulary", new DateOnly(2026, 12, 31), NotifiedAt);
        var agreed = review.AgreeRecommendation(proposed.Id, Now);

        Assert.Equal(Today, agreed.AgreedOn);
        Assert.Equal("recommendation-already-agreed", Refused(() => review.AgreeRecommendation(proposed.Id, Now)).Rule);
    }

    [Fact]
    public void A_published_review_closes_with_open_actions_only_when_a_reason_is_given()
    {
        var review = Commissioned();
        var action = review.AddRecommendation(
            RecommendationKind.SmartAction, RecommendationCategory.PolicyResponse, "Publish a stalking policy.", "norfolk-county-council", new DateOnly(2027, 3, 31), NotifiedAt);
        review.AgreeRecommendation(action.Id, Now);
        Assert.Equal("not-published", Refused(() => review.Close("Early.", Today)).Rule);
        review.DraftReport(new DateOnly(2026, 6, 1));
        review.SubmitToQualityAssurance(new DateOnly(2026, 6, 2));
        review.Approve(new DateOnly(2026, 8, 1));
        review.Publish(new DateOnly(2026, 9, 1), null);

        var refused = Refused(() => review.Close(" ", new DateOnly(2026, 9, 2)));
        Assert.Equal(("open-actions-need-reason", RuleViolationKind.BusinessRule, ReviewStage.Published), (refused.Rule, refused.Kind, review.Stage));
        review.Close("Action transferred to the county's stalking board.", new DateOnly(2026, 9, 2));
        Assert.Equal((ReviewStage.Closed, "Action transferred to the county's stalking board."), (review.Stage, review.ClosureReason));
    }

    [Fact]
    public void Once_its_actions_are_completed_a_review_closes_without_a_reason()
    {
        var review = Commissioned();
        var action = review.AddRecommendation(
            RecommendationKind.EarlyLearning, RecommendationCategory.AwarenessRaising, "Brief GPs.", "norfolk-waveney-icb", new DateOnly(2026, 4, 30), NotifiedAt);
        Assert.Equal("recommendation-not-open", Refused(() => review.CompleteRecommendation(action.Id, Today)).Rule);
        review.AgreeRecommendation(action.Id, Now);
        review.CompleteRecommendation(action.Id, Today);
        review.DraftReport(new DateOnly(2026, 6, 1));
        review.SubmitToQualityAssurance(new DateOnly(2026, 6, 2));
        review.Approve(new DateOnly(2026, 8, 1));
        review.Publish(new DateOnly(2026, 9, 1), null);

        review.Close(null, new DateOnly(2026, 9, 2));

        Assert.Equal((ReviewStage.Closed, null), (review.Stage, review.ClosureReason));
    }

    [Fact]
    public void The_date_the_Home_Office_was_told_can_follow_the_decision_once()
    {
        var review = Notified();
        Assert.Equal("no-decision", Refused(() => review.RecordHomeOfficeTold(Today, Today)).Rule);
        review.Decide(new ChairDecision(DecisionOutcome.DoNotCommission, "No qualifying relationship.", new DateOnly(2026, 1, 20), null), Now);
        Assert.Equal("home-office-told-out-of-range", Refused(() => review.RecordHomeOfficeTold(new DateOnly(2026, 1, 19), Today)).Rule);

        review.RecordHomeOfficeTold(new DateOnly(2026, 1, 22), Today);

        Assert.Equal(new DateOnly(2026, 1, 22), review.Decision!.HomeOfficeToldOn);
        Assert.Equal("home-office-already-told", Refused(() => review.RecordHomeOfficeTold(Today, Today)).Rule);
    }

    [Fact]
    public void The_review_announces_a_decision_not_to_commission_its_commissioning_and_each_agreed_recommendation()
    {
        var declined = Notified();
        declined.Decide(new ChairDecision(DecisionOutcome.DoNotCommission, "No qualifying relationship.", new DateOnly(2026, 1, 20), null), Now);
        var review = Commissioned();
        var proposed = review.AddRecommendation(
            RecommendationKind.SmartAction, RecommendationCategory.ManagementGrip, "Audit DASH risk assessments quarterly.", "norfolk-constabulary", new DateOnly(2026, 12, 31), NotifiedAt);
        review.AgreeRecommendation(proposed.Id, Now);

        var notCommissioned = Assert.IsType<ReviewNotCommissioned>(Assert.Single(declined.AnnouncedEvents));
        Assert.Equal(("DHR-2026-0001", new DateOnly(2026, 1, 20), Now), (notCommissioned.ReviewReference, notCommissioned.DecidedOn, notCommissioned.OccurredAt));
        Assert.Collection(
            review.AnnouncedEvents,
            commissioned => Assert.Equal(new DateOnly(2026, 2, 1), Assert.IsType<ReviewCommissioned>(commissioned).ChairAppointedOn),
            agreed => Assert.Equal(("Audit DASH risk assessments quarterly.", Today), (Assert.IsType<ReviewRecommendationAgreed>(agreed).Text, ((ReviewRecommendationAgreed)agreed).AgreedOn)));
    }
}
