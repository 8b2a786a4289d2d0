using Funding.Api.Domain;
using Platform.Contracts;
using Platform.ServiceDefaults.Errors;

namespace Funding.Tests.Domain;

public class ApplicationTests
{
    private readonly Round round = Build.Round(Guid.NewGuid());

    [Fact]
    public void Every_objective_needs_a_measure()
    {
        var details = Build.Details(objectives: [new Objective("Engage young people", "young people engaged", 120), new Objective("Contribute to the DAAT", " ", null)]);

        var refused = Assert.Throws<RuleViolationException>(() => GrantApplication.Submit(round, "a", "s", details, new Contact("n", "e@x.org", null), Build.Now));

        Assert.Equal("objective-without-measure", refused.Rule);
        Assert.StartsWith("objectives[1].measure", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(999.99, "amount-outside-round-limits")]
    [InlineData(25_000.01, "amount-outside-round-limits")]
    public void The_amount_asked_for_is_within_the_round_limits(decimal amount, string rule) =>
        Assert.Equal(rule, Assert.Throws<RuleViolationException>(() => Build.Application(round, amount)).Rule);

    [Fact]
    public void Eligibility_names_the_field_that_fails()
    {
        Assert.Equal("applicant-type-not-eligible", Refusal(Build.Details(type: ApplicantType.ResponsibleAuthority)));
        Assert.Equal("registration-number-required", Refusal(Build.Details(charity: null)));
        Assert.Equal("districts-not-eligible", Refusal(Build.Details(districts: [Districts.NorthNorfolk])));
        Assert.Null(Record.Exception(() => GrantApplication.Submit(
            round, "a", "s", Build.Details(districts: [Districts.County]), new Contact("n", "e@x.org", null), Build.Now)));
    }

    [Fact]
    public void A_closed_round_takes_no_applications()
    {
        var refused = Assert.Throws<RuleViolationException>(() => GrantApplication.Submit(
            round, "a", "s", Build.Details(), new Contact("n", "e@x.org", null), new DateTimeOffset(2025, 8, 1, 9, 0, 0, TimeSpan.Zero)));

        Assert.Equal(("round-not-open", RuleViolationKind.InvalidTransition), (refused.Rule, refused.Kind));
    }

    [Fact]
    public void An_unassessed_application_cannot_be_decided()
    {
        var application = Build.Application(round);

        Assert.Equal("application-not-assessed", Decide(application, DecisionOutcome.Decline, null, null, assessed: 0));
    }

    [Fact]
    public void A_part_award_gives_less_than_asked_with_conditions()
    {
        var application = Build.Application(round, 10_000m);

        Assert.Equal("part-award-amount-invalid", Decide(application, DecisionOutcome.PartAward, 10_000m, "conditions"));
        Assert.Equal("conditions-required", Decide(application, DecisionOutcome.PartAward, 6_000m, null));
        Assert.Equal("award-amount-differs", Decide(application, DecisionOutcome.Award, 6_000m, null));

        var committed = application.Decide(DecisionOutcome.PartAward, 6_000m, "Year one only", "Strong but costly", round, 2, true, "officer", Build.Now);

        Assert.Equal((6_000m, ApplicationStatus.PartAwarded), (committed, application.Status));
        Assert.Equal("application-already-decided", Decide(application, DecisionOutcome.Decline, null, null));
    }

    [Fact]
    public void No_money_goes_to_a_retired_priority_but_the_application_can_still_be_declined()
    {
        var application = Build.Application(round);

        Assert.Equal("priority-retired", Decide(application, DecisionOutcome.Award, null, null, priorityLive: false));
        Assert.Equal(0m, application.Decide(DecisionOutcome.Decline, null, null, "Priority retired", round, 1, false, "officer", Build.Now));
        Assert.Equal(ApplicationStatus.Declined, application.Status);
    }

    [Fact]
    public void Someone_from_the_applicant_organisation_cannot_be_assigned_to_assess_it()
    {
        var application = Build.Application(round);

        var refused = Assert.Throws<RuleViolationException>(() => Assessment.Assign(application, "colleague", application.ApplicantAgency, Build.Now));

        Assert.Equal("conflict-of-interest", refused.Rule);
    }

    [Fact]
    public void Scores_are_weighted_by_the_round_criteria_and_a_declared_conflict_stops_scoring()
    {
        var application = Build.Application(round);
        var first = Assessment.Assign(application, "assessor-1", "norfolk-constabulary", Build.Now);
        var second = Assessment.Assign(application, "assessor-2", "norfolk-opcc", Build.Now);

        first.Score(round, new Dictionary<string, int> { ["need"] = 5, ["value"] = 1 }, null, Build.Now);
        second.DeclareConflict("My partner chairs the applicant's board");

        Assert.Equal(80.0m, first.WeightedScore); // (5*3 + 1*1) / (5*4) = 16/20
        Assert.Equal("conflict-declared", Assert.Throws<RuleViolationException>(
            () => second.Score(round, new Dictionary<string, int> { ["need"] = 1, ["value"] = 1 }, null, Build.Now)).Rule);
        Assert.Equal("scores-do-not-match-criteria", Assert.Throws<RuleViolationException>(
            () => first.Score(round, new Dictionary<string, int> { ["need"] = 1 }, null, Build.Now)).Rule);
        Assert.Equal("score-out-of-range", Assert.Throws<RuleViolationException>(
            () => first.Score(round, new Dictionary<string, int> { ["need"] = 6, ["value"] = 1 }, null, Build.Now)).Rule);
    }

    private string Refusal(ApplicationDetails details) =>
        Assert.Throws<RuleViolationException>(() => GrantApplication.Submit(round, "a", "s", details, new Contact("n", "e@x.org", null), Build.Now)).Rule;

    private string Decide(
        GrantApplication application, DecisionOutcome outcome, decimal? amount, string? conditions, int assessed = 1, bool priorityLive = true) =>
        Assert.Throws<RuleViolationException>(
            () => application.Decide(outcome, amount, conditions, "reason", round, assessed, priorityLive, "officer", Build.Now)).Rule;
}
