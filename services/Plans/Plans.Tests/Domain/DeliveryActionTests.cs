using Plans.Api.Domain;
using Platform.ServiceDefaults.Errors;

namespace Plans.Tests.Domain;

public class DeliveryActionTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 12, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly DueOn = new(2026, 3, 31);

    private static Priority Adopted()
    {
        var priority = Priority.Propose(
            "Serious violence", "Including domestic abuse", "Safeguarding from harm", "norfolk-constabulary",
            "Detective Superintendent", null, Now, "serious-violence");
        priority.Adopt(Now);
        return priority;
    }

    private static DeliveryAction Planned(params Milestone[] milestones) => DeliveryAction.Plan(
        Adopted(), "Train 200 frontline staff in DASH risk assessment", "norfolk-constabulary", DueOn, milestones,
        "200 staff trained", Enablers.SkilledWorkforce, Now);

    [Fact]
    public void A_new_action_is_not_started_on_its_priority_with_its_milestones_in_date_order()
    {
        var action = Planned(new Milestone("Second cohort", new DateOnly(2026, 3, 1)), new Milestone("First cohort", new DateOnly(2026, 2, 1)));

        Assert.Equal(ActionStatus.NotStarted, action.Status);
        Assert.NotNull(action.PriorityId);
        Assert.Equal(["First cohort", "Second cohort"], action.Milestones.Select(m => m.Title));
    }

    [Fact]
    public void A_milestone_due_after_the_action_is_refused()
    {
        var refusal = Assert.Throws<RuleViolationException>(() => Planned(new Milestone("Too late", DueOn.AddDays(1))));

        Assert.Equal("milestone-after-due-date", refusal.Rule);
        Assert.Equal(RuleViolationKind.BusinessRule, refusal.Kind);
    }

    [Fact]
    public void No_action_can_be_added_to_a_retired_priority()
    {
        var priority = Adopted();
        priority.Retire(openActions: 0, Now);

        var refusal = Assert.Throws<RuleViolationException>(() => DeliveryAction.Plan(
            priority, "Too late", "norfolk-constabulary", DueOn, [], "n/a", Enablers.PublicAwareness, Now));

        Assert.Equal("priority-retired", refusal.Rule);
    }

    [Theory]
    [InlineData("2026-03-31", false)] // due today: not yet overdue
    [InlineData("2026-04-01", true)]
    public void An_incomplete_action_past_its_due_date_is_reported_off_track_whatever_was_set(string today, bool overdue)
    {
        var action = Planned();
        action.ChangeStatus(ActionStatus.OnTrack, "Going well", "lead-1", Now);

        var date = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(overdue, action.IsOverdue(date));
        Assert.Equal(overdue ? ActionStatus.OffTrack : ActionStatus.OnTrack, action.ReportedStatus(date));
        Assert.Equal(ActionStatus.OnTrack, action.Status); // computed, never stored
    }

    [Fact]
    public void A_complete_action_is_never_overdue()
    {
        var action = Planned();
        action.ChangeStatus(ActionStatus.Complete, "Done", "lead-1", Now);

        Assert.False(action.IsOverdue(DueOn.AddYears(1)));
        Assert.Equal(ActionStatus.Complete, action.ReportedStatus(DueOn.AddYears(1)));
    }

    [Fact]
    public void A_status_change_is_recorded_with_from_to_note_and_who()
    {
        var action = Planned();

        var change = action.ChangeStatus(ActionStatus.AtRisk, "Trainer off sick", "lead-1", Now.AddDays(3));

        Assert.Equal(
            (action.Id, ActionStatus.NotStarted, ActionStatus.AtRisk, "Trainer off sick", "lead-1", Now.AddDays(3)),
            (change.ActionId, change.FromStatus, change.ToStatus, change.Note, change.ChangedBy, change.ChangedAt));
        Assert.Equal(ActionStatus.AtRisk, action.Status);
    }

    [Fact]
    public void Completing_twice_is_refused_and_keeps_the_first_completion()
    {
        var action = Planned();
        action.ChangeStatus(ActionStatus.Complete, "Done", "lead-1", Now);

        var refusal = Assert.Throws<RuleViolationException>(() =>
            action.ChangeStatus(ActionStatus.Complete, "Done again", "lead-1", Now.AddDays(1)));

        Assert.Equal("action-already-complete", refusal.Rule);
        Assert.Equal(Now, action.CompletedAt);
    }

    [Fact]
    public void A_complete_action_cannot_be_reopened()
    {
        var action = Planned();
        action.ChangeStatus(ActionStatus.Complete, "Done", "lead-1", Now);

        var refusal = Assert.Throws<RuleViolationException>(() =>
            action.ChangeStatus(ActionStatus.AtRisk, "Oops", "lead-1", Now.AddDays(1)));

        Assert.Equal("action-complete", refusal.Rule);
        Assert.Equal(ActionStatus.Complete, action.Status);
    }

    [Fact]
    public void A_status_change_needs_a_note()
    {
        var action = Planned();

        var refusal = Assert.Throws<RuleViolationException>(() => action.ChangeStatus(ActionStatus.OnTrack, " ", "lead-1", Now));

        Assert.Equal("status-note-required", refusal.Rule);
        Assert.Equal(ActionStatus.NotStarted, action.Status);
    }

    [Theory]
    [InlineData("training", Enablers.SkilledWorkforce)]
    [InlineData("awareness-raising", Enablers.PublicAwareness)]
    [InlineData("process-improvement", Enablers.EffectiveInterventions)]
    [InlineData("management-grip", Enablers.EffectiveInterventions)]
    [InlineData("policy-response", Enablers.EffectiveInterventions)]
    public void A_review_recommendation_serves_the_enabler_its_category_maps_to(string category, string enabler) =>
        Assert.Equal(enabler, CompositeActionPlan.EnablerFor(category));

    [Fact]
    public void A_delivery_group_lists_its_chair_among_its_members_once()
    {
        var group = DeliveryGroup.Create(
            " Water Safety Partnership ", "Reduce drownings", "norfolk-fire-rescue",
            ["norfolk-constabulary", "norfolk-fire-rescue", "norfolk-constabulary"], Now);

        Assert.Equal("Water Safety Partnership", group.Name);
        Assert.Equal(["norfolk-fire-rescue", "norfolk-constabulary"], group.MemberAgencies);
    }
}
