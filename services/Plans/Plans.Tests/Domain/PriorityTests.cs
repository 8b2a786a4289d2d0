using Plans.Api.Domain;
using Plans.Contracts;
using Platform.ServiceDefaults.Errors;

namespace Plans.Tests.Domain;

public class PriorityTests
{
    private static readonly DateTimeOffset Now = new(2025, 4, 1, 9, 0, 0, TimeSpan.Zero);

    private static Priority Proposed() => Priority.Propose(
        "Serious violence", "Including domestic abuse and sexual violence", "Safeguarding from harm",
        "norfolk-constabulary", "Detective Superintendent", deliveryGroupId: null, Now, "serious-violence");

    [Fact]
    public void A_proposed_priority_can_be_adopted_then_retired()
    {
        var priority = Proposed();

        priority.Adopt(Now.AddDays(1));
        priority.Retire(openActions: 0, Now.AddDays(2));

        Assert.Equal(PriorityStatus.Retired, priority.Status);
        Assert.Equal(Now.AddDays(1), priority.AdoptedAt);
        Assert.Equal(Now.AddDays(2), priority.RetiredAt);
    }

    [Fact]
    public void Adopting_announces_PriorityAdopted_and_retiring_PriorityRetired_and_a_refused_move_announces_nothing()
    {
        var priority = Proposed();
        Assert.Empty(priority.AnnouncedEvents);

        priority.Adopt(Now.AddDays(1));
        Assert.Throws<RuleViolationException>(() => priority.Adopt(Now.AddDays(2)));
        priority.Retire(openActions: 0, Now.AddDays(3));

        var announced = priority.TakeAnnouncedEvents();
        Assert.Equal(2, announced.Count);
        var adopted = Assert.IsType<PriorityAdopted>(announced[0]);
        Assert.Equal(
            (priority.Id, "Serious violence", "Safeguarding from harm", "norfolk-constabulary", Now.AddDays(1)),
            (adopted.PriorityId, adopted.Title, adopted.StrategicTheme, adopted.SponsorAgency, adopted.OccurredAt));
        var retired = Assert.IsType<PriorityRetired>(announced[1]);
        Assert.Equal((priority.Id, Now.AddDays(3)), (retired.PriorityId, retired.OccurredAt));
        Assert.Empty(priority.AnnouncedEvents);
    }

    [Fact]
    public void Adopting_twice_is_refused_and_changes_nothing()
    {
        var priority = Proposed();
        priority.Adopt(Now);

        var refusal = Assert.Throws<RuleViolationException>(() => priority.Adopt(Now.AddDays(1)));

        Assert.Equal("priority-not-proposed", refusal.Rule);
        Assert.Equal(Now, priority.AdoptedAt);
    }

    [Fact]
    public void A_priority_that_was_never_adopted_cannot_be_retired()
    {
        var priority = Proposed();

        var refusal = Assert.Throws<RuleViolationException>(() => priority.Retire(openActions: 0, Now));

        Assert.Equal("priority-not-adopted", refusal.Rule);
        Assert.Equal(PriorityStatus.Proposed, priority.Status);
    }

    [Fact]
    public void A_priority_with_open_actions_cannot_be_retired()
    {
        var priority = Proposed();
        priority.Adopt(Now);

        var refusal = Assert.Throws<RuleViolationException>(() => priority.Retire(openActions: 2, Now.AddDays(1)));

        Assert.Equal("priority-has-open-actions", refusal.Rule);
        Assert.Equal(PriorityStatus.Adopted, priority.Status);
        Assert.Null(priority.RetiredAt);
    }

    [Fact]
    public void A_retired_priority_keeps_its_delivery_group()
    {
        var group = Guid.NewGuid();
        var priority = Proposed();
        priority.AssignDeliveryGroup(group);
        priority.Adopt(Now);
        priority.Retire(openActions: 0, Now.AddDays(1));

        var refusal = Assert.Throws<RuleViolationException>(() => priority.AssignDeliveryGroup(Guid.NewGuid()));

        Assert.Equal("priority-retired", refusal.Rule);
        Assert.Equal(group, priority.DeliveryGroupId);
    }
}
