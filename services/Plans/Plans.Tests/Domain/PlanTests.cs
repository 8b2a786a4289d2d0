using Plans.Api.Domain;
using Platform.ServiceDefaults.Errors;

namespace Plans.Tests.Domain;

public class PlanTests
{
    private static readonly DateTimeOffset Now = new(2025, 4, 1, 9, 0, 0, TimeSpan.Zero);

    private static Priority Adopted(string title = "Serious violence")
    {
        var priority = Priority.Propose(title, "d", "t", "norfolk-constabulary", "Lead", Guid.NewGuid(), Now);
        priority.Adopt(Now);
        return priority;
    }

    private static PriorityReadiness Ready(Priority p) => new(p.Id, p.Title, p.Status, HasDeliveryGroup: true, ActionCount: 2);

    private static (Plan Plan, Priority Priority) InConsultation()
    {
        var priority = Adopted();
        var plan = Plan.Draft("Safer Norfolk Plan", 2025, 2028, [priority.Id], [Enablers.PublicAwareness], [priority], Now);
        plan.StartConsultation(Now);
        return (plan, priority);
    }

    [Fact]
    public void A_draft_is_version_1_of_a_new_series_with_the_adopted_priorities_and_enablers()
    {
        var priority = Adopted();

        var plan = Plan.Draft(
            "Safer Norfolk Plan", 2025, 2028, [priority.Id, priority.Id], [Enablers.SkilledWorkforce, Enablers.SkilledWorkforce], [priority], Now);

        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Equal(1, plan.VersionNumber);
        Assert.Equal(plan.Id, plan.SeriesId);
        Assert.Equal([priority.Id], plan.PriorityIds);
        Assert.Equal([Enablers.SkilledWorkforce], plan.Enablers);
    }

    [Fact]
    public void A_priority_that_is_only_proposed_or_unknown_cannot_be_in_a_plan()
    {
        var proposed = Priority.Propose("Fraud", "d", "t", "norfolk-opcc", "Lead", null, Now);
        var unknown = Guid.NewGuid();

        var refused = Assert.Throws<RuleViolationException>(() =>
            Plan.Draft("Plan", 2025, 2028, [proposed.Id, unknown], [], [proposed], Now));

        Assert.Equal("priority-not-adopted", refused.Rule);
        Assert.Equal(RuleViolationKind.BusinessRule, refused.Kind);
        Assert.Contains(proposed.Id.ToString(), refused.Message, StringComparison.Ordinal);
        Assert.Contains(unknown.ToString(), refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2028, 2025)]
    [InlineData(2025, 2025)]
    public void A_period_must_end_after_it_starts(int start, int end)
    {
        var refused = Assert.Throws<RuleViolationException>(() => Plan.Draft("Plan", start, end, [], [], [], Now));

        Assert.Equal("invalid-period", refused.Rule);
    }

    [Fact]
    public void An_unknown_enabler_is_refused()
    {
        var refused = Assert.Throws<RuleViolationException>(() => Plan.Draft("Plan", 2025, 2028, [], ["world-peace"], [], Now));

        Assert.Equal("unknown-enabler", refused.Rule);
        Assert.Contains("world-peace", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_draft_can_be_edited_or_put_out_to_consultation()
    {
        var (plan, priority) = InConsultation();

        Assert.Equal("plan-not-draft", Assert.Throws<RuleViolationException>(() => plan.Edit("New", [], [], [priority])).Rule);
        Assert.Equal("plan-not-draft", Assert.Throws<RuleViolationException>(() => plan.StartConsultation(Now)).Rule);
        Assert.Equal([priority.Id], plan.PriorityIds);
        Assert.Equal("Safer Norfolk Plan", plan.Title);
    }

    [Fact]
    public void A_draft_cannot_be_published_without_consultation()
    {
        var priority = Adopted();
        var plan = Plan.Draft("Plan", 2025, 2028, [priority.Id], [], [priority], Now);

        var refused = Assert.Throws<RuleViolationException>(() => plan.Publish([Ready(priority)], null, Now));

        Assert.Equal("plan-not-in-consultation", refused.Rule);
        Assert.Equal(PlanStatus.Draft, plan.Status);
    }

    [Fact]
    public void Publishing_needs_every_priority_to_have_a_delivery_group_naming_those_without()
    {
        var (plan, priority) = InConsultation();
        var unowned = new PriorityReadiness(priority.Id, "Serious violence", PriorityStatus.Adopted, HasDeliveryGroup: false, ActionCount: 3);

        var refused = Assert.Throws<RuleViolationException>(() => plan.Publish([unowned], null, Now));

        Assert.Equal("priority-without-delivery-group", refused.Rule);
        Assert.Contains("Serious violence", refused.Message, StringComparison.Ordinal);
        Assert.Equal(PlanStatus.Consultation, plan.Status);
    }

    [Fact]
    public void Publishing_needs_every_priority_to_have_an_action_naming_those_without()
    {
        var (plan, priority) = InConsultation();
        var idle = new PriorityReadiness(priority.Id, "Serious violence", PriorityStatus.Adopted, HasDeliveryGroup: true, ActionCount: 0);

        var refused = Assert.Throws<RuleViolationException>(() => plan.Publish([idle], null, Now));

        Assert.Equal("priority-without-actions", refused.Rule);
        Assert.Contains(priority.Id.ToString(), refused.Message, StringComparison.Ordinal);
        Assert.Null(plan.PublishedAt);
    }

    [Fact]
    public void Publishing_refuses_a_priority_retired_since_drafting()
    {
        var (plan, priority) = InConsultation();
        var retired = new PriorityReadiness(priority.Id, "Serious violence", PriorityStatus.Retired, HasDeliveryGroup: true, ActionCount: 1);

        Assert.Equal("priority-not-adopted", Assert.Throws<RuleViolationException>(() => plan.Publish([retired], null, Now)).Rule);
    }

    [Fact]
    public void A_refresh_is_a_new_draft_version_of_the_series_and_publishing_it_supersedes_the_old_one()
    {
        var (first, priority) = InConsultation();
        first.Publish([Ready(priority)], null, Now);

        var second = first.Refresh(Now.AddYears(1));

        Assert.Equal(PlanStatus.Draft, second.Status);
        Assert.Equal(2, second.VersionNumber);
        Assert.Equal(first.Id, second.PreviousVersionId);
        Assert.Equal(first.SeriesId, second.SeriesId);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(first.PriorityIds, second.PriorityIds);
        Assert.Equal(first.Enablers, second.Enablers);
        Assert.Equal(PlanStatus.Published, first.Status);

        second.StartConsultation(Now.AddYears(1));
        second.Publish([Ready(priority)], first, Now.AddYears(1));

        Assert.Equal(PlanStatus.Published, second.Status);
        Assert.Equal(PlanStatus.Superseded, first.Status);
        Assert.Equal(Now.AddYears(1), first.SupersededAt);
    }

    [Fact]
    public void A_refused_publication_leaves_the_published_version_in_force()
    {
        var (first, priority) = InConsultation();
        first.Publish([Ready(priority)], null, Now);
        var second = first.Refresh(Now);
        second.StartConsultation(Now);

        Assert.Throws<RuleViolationException>(() =>
            second.Publish([new PriorityReadiness(priority.Id, "x", PriorityStatus.Adopted, false, 0)], first, Now));

        Assert.Equal(PlanStatus.Published, first.Status);
        Assert.Null(first.SupersededAt);
    }

    [Fact]
    public void Only_the_published_version_can_be_refreshed()
    {
        var (plan, _) = InConsultation();

        Assert.Equal("plan-not-published", Assert.Throws<RuleViolationException>(() => plan.Refresh(Now)).Rule);
    }
}
