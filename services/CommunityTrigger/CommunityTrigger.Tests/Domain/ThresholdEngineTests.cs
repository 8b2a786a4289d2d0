using CommunityTrigger.Api.Domain;
using Platform.ServiceDefaults.Errors;
using static CommunityTrigger.Tests.Domain.Evidence;

namespace CommunityTrigger.Tests.Domain;

public class ThresholdEngineTests
{
    private static readonly ThresholdRuleBook Standard = ThresholdRuleBook.Default;

    private static readonly ThresholdRuleBook WithHateRoute = Rules(Version("hate-2024", "2024-01-01") with { HateIncidentRoute = true });

    private static readonly ThresholdRuleBook WithGroupRoute = Rules(Version("group-2024", "2024-01-01") with
    {
        GroupRoute = new GroupRoute { MinimumApplicants = 5, MinimumQualifyingComplaints = 1 },
    });

    /// <summary>Version 2 lowers the standard route to two complaints for applications received from 16 July 2025.</summary>
    private static readonly ThresholdRuleBook ChangingMidYear = Rules(
        ThresholdRuleSet.StatutoryDefault,
        Version("two-complaints-2025", "2025-07-16") with { MinimumQualifyingComplaints = 2 });

    private static NonQualifyingReason? Counts => null;

    private static readonly Dictionary<string, Scenario> Scenarios = new()
    {
        ["three separate incidents each reported within a month"] = new(
            Standard, "2025-07-15",
            [Incident("2025-05-01", "2025-05-02"), Incident("2025-06-01", "2025-06-03"), Incident("2025-07-01", "2025-07-10")],
            Met: true, [ThresholdRoute.Standard], [Counts, Counts, Counts]),

        ["two qualifying complaints are one short"] = new(
            Standard, "2025-07-15",
            [Incident("2025-05-01", "2025-05-02"), Incident("2025-06-01", "2025-06-03")],
            Met: false, [], [Counts, Counts]),

        ["a complaint made exactly six months before receipt is still inside the window"] = new(
            Standard, "2025-07-15",
            [Incident("2025-01-10", "2025-01-15"), Incident("2025-06-01", "2025-06-03"), Incident("2025-07-01", "2025-07-10")],
            Met: true, [ThresholdRoute.Standard], [Counts, Counts, Counts]),

        ["the same complaint falls out of the window the next day"] = new(
            Standard, "2025-07-16",
            [Incident("2025-01-10", "2025-01-15"), Incident("2025-06-01", "2025-06-03"), Incident("2025-07-01", "2025-07-10")],
            Met: false, [], [NonQualifyingReason.OutsideWindow, Counts, Counts]),

        ["a complaint 30 days after the incident (exactly one month in April) counts"] = new(
            Standard, "2025-07-15",
            [Incident("2025-04-01", "2025-05-01"), Incident("2025-06-01", "2025-06-03"), Incident("2025-07-01", "2025-07-10")],
            Met: true, [ThresholdRoute.Standard], [Counts, Counts, Counts]),

        ["a complaint 31 days after an April incident is reported too late"] = new(
            Standard, "2025-07-15",
            [Incident("2025-04-01", "2025-05-02"), Incident("2025-06-01", "2025-06-03"), Incident("2025-07-01", "2025-07-10")],
            Met: false, [], [NonQualifyingReason.ReportedTooLate, Counts, Counts]),

        ["a complaint 31 days after a March incident is exactly one month and counts"] = new(
            Standard, "2025-07-15",
            [Incident("2025-03-01", "2025-04-01"), Incident("2025-06-01", "2025-06-03"), Incident("2025-07-01", "2025-07-10")],
            Met: true, [ThresholdRoute.Standard], [Counts, Counts, Counts]),

        ["one month after 31 January ends on 28 February"] = new(
            Standard, "2025-07-15",
            [Incident("2025-01-31", "2025-03-01"), Incident("2025-06-01", "2025-06-03"), Incident("2025-07-01", "2025-07-10")],
            Met: false, [], [NonQualifyingReason.ReportedTooLate, Counts, Counts]),

        ["two complaints about one incident count once"] = new(
            Standard, "2025-07-15",
            [Incident("2025-05-01", "2025-05-02", "2025-05-04"), Incident("2025-06-01", "2025-06-03")],
            Met: false, [], [Counts, NonQualifyingReason.SameIncidentAsAnother, Counts]),

        ["the earliest complaint about an incident is the one counted, whatever order they were listed in"] = new(
            Standard, "2025-07-15",
            [Incident("2025-05-01", "2025-05-20", "2025-05-02"), Incident("2025-06-01", "2025-06-03"), Incident("2025-07-01", "2025-07-10")],
            Met: true, [ThresholdRoute.Standard], [NonQualifyingReason.SameIncidentAsAnother, Counts, Counts, Counts]),

        ["an incident never reported to a relevant body does not count"] = new(
            Standard, "2025-07-15",
            [Incident("2025-05-01"), Incident("2025-06-01", "2025-06-03"), Incident("2025-07-01", "2025-07-10")],
            Met: false, [], [NonQualifyingReason.NotReported, Counts, Counts]),

        ["a complaint made after the application was received does not count"] = new(
            Standard, "2025-07-15",
            [Incident("2025-07-14", "2025-07-16"), Incident("2025-06-01", "2025-06-03"), Incident("2025-07-01", "2025-07-10")],
            Met: false, [], [NonQualifyingReason.ReportedAfterApplication, Counts, Counts]),

        ["one hate incident meets the threshold where the hate route is on"] = new(
            WithHateRoute, "2025-07-15",
            [HateIncident("2025-07-01", "2025-07-01")],
            Met: true, [ThresholdRoute.HateIncident], [Counts]),

        ["one hate incident is not enough where the hate route is off"] = new(
            Standard, "2025-07-15",
            [HateIncident("2025-07-01", "2025-07-01")],
            Met: false, [], [Counts]),

        ["a hate incident reported too late does not use the hate route"] = new(
            WithHateRoute, "2025-07-15",
            [HateIncident("2025-05-01", "2025-06-15")],
            Met: false, [], [NonQualifyingReason.ReportedTooLate]),

        ["three hate incidents meet both routes"] = new(
            WithHateRoute, "2025-07-15",
            [HateIncident("2025-05-01", "2025-05-01"), HateIncident("2025-06-01", "2025-06-01"), HateIncident("2025-07-01", "2025-07-01")],
            Met: true, [ThresholdRoute.Standard, ThresholdRoute.HateIncident], [Counts, Counts, Counts]),

        ["five applicants about the same problem with one qualifying complaint meet the group route"] = new(
            WithGroupRoute, "2025-07-15",
            [Incident("2025-07-01", "2025-07-02")],
            Met: true, [ThresholdRoute.Group], [Counts], Applicants: 5),

        ["four applicants are one short of the group route"] = new(
            WithGroupRoute, "2025-07-15",
            [Incident("2025-07-01", "2025-07-02")],
            Met: false, [], [Counts], Applicants: 4),

        ["a group still needs a qualifying complaint"] = new(
            WithGroupRoute, "2025-07-15",
            [Incident("2024-12-01", "2024-12-02")],
            Met: false, [], [NonQualifyingReason.OutsideWindow], Applicants: 8),

        ["the group route is off by default"] = new(
            Standard, "2025-07-15",
            [Incident("2025-07-01", "2025-07-02")],
            Met: false, [], [Counts], Applicants: 9),

        ["received the day before a rule change: the old version applies"] = new(
            ChangingMidYear, "2025-07-15",
            [Incident("2025-06-01", "2025-06-03"), Incident("2025-07-01", "2025-07-10")],
            Met: false, [], [Counts, Counts], Version: "2014-default"),

        ["received on the day of a rule change: the new version applies"] = new(
            ChangingMidYear, "2025-07-16",
            [Incident("2025-06-01", "2025-06-03"), Incident("2025-07-01", "2025-07-10")],
            Met: true, [ThresholdRoute.Standard], [Counts, Counts], Version: "two-complaints-2025"),
    };

    public static TheoryData<string> ScenarioNames => new(Scenarios.Keys);

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void Threshold_decisions(string name)
    {
        var scenario = Scenarios[name];

        var decision = ThresholdEngine.Evaluate(
            scenario.Rules, new ThresholdEvidence(D(scenario.ReceivedOn), scenario.Incidents, scenario.Applicants));

        Assert.Equal(scenario.Met, decision.Met);
        Assert.Equal(scenario.Routes, decision.RoutesMet);
        Assert.Equal(scenario.Complaints, decision.Complaints.Select(c => c.Reason));
        Assert.All(decision.Complaints, c => Assert.Equal(c.Reason is null, c.Qualifies));
        Assert.All(decision.Complaints.Where(c => !c.Qualifies), c => Assert.False(string.IsNullOrWhiteSpace(c.Explanation)));
        if (scenario.Version is not null)
        {
            Assert.Equal(scenario.Version, decision.RuleVersion);
        }
    }

    [Fact]
    public void The_decision_names_each_complaint_and_explains_why_one_did_not_count()
    {
        var decision = ThresholdEngine.Evaluate(Standard, new ThresholdEvidence(
            D("2025-07-15"), [Incident("2025-06-01", "2025-06-03"), Incident("2025-04-01", "2025-05-02")]));

        Assert.Equal("2014-default", decision.RuleVersion);
        Assert.Equal(D("2025-01-15"), decision.WindowStart);
        Assert.Equal(1, decision.QualifyingIncidents);
        var late = decision.Complaints.Single(c => !c.Qualifies);
        Assert.Equal((2, 1, "norfolk-constabulary", D("2025-05-02")), (late.Incident, late.Report!.Value, late.Agency!, late.ReportedOn!.Value));
        Assert.Equal(
            "Reported on 2025-05-02, more than 1 month after the incident on 2025-04-01 (deadline 2025-05-01).",
            late.Explanation);
    }

    [Fact]
    public void Windows_and_reporting_deadlines_are_configurable()
    {
        var strict = Rules(Version("strict", "2024-01-01") with
        {
            Window = CalendarPeriod.OfMonths(3),
            ReportingDeadline = CalendarPeriod.OfDays(14),
            MinimumQualifyingComplaints = 1,
        });

        var decision = ThresholdEngine.Evaluate(strict, new ThresholdEvidence(
            D("2025-07-15"), [Incident("2025-04-01", "2025-04-10"), Incident("2025-06-01", "2025-06-16"), Incident("2025-07-01", "2025-07-15")]));

        Assert.Equal(
            [NonQualifyingReason.OutsideWindow, NonQualifyingReason.ReportedTooLate, null],
            decision.Complaints.Select(c => c.Reason));
        Assert.True(decision.Met);
    }

    [Fact]
    public void An_application_received_before_any_rules_were_in_force_is_refused()
    {
        var refusal = Assert.Throws<RuleViolationException>(() => ThresholdEngine.Evaluate(
            ChangingMidYear, new ThresholdEvidence(D("2014-10-19"), [Incident("2014-10-01", "2014-10-02")])));

        Assert.Equal("no-threshold-rules-in-force", refusal.Rule);
    }

    [Fact]
    public void A_rule_book_refuses_two_versions_with_the_same_name_or_start()
    {
        Assert.Throws<ArgumentException>(() => Rules(Version("v1", "2024-01-01"), Version("v1", "2025-01-01")));
        Assert.Throws<ArgumentException>(() => Rules(Version("v1", "2024-01-01"), Version("v2", "2024-01-01")));
        Assert.Throws<ArgumentException>(() => Rules(Version("v1", "2024-01-01") with { MinimumQualifyingComplaints = 0 }));
    }

    private sealed record Scenario(
        ThresholdRuleBook Rules,
        string ReceivedOn,
        Incident[] Incidents,
        bool Met,
        ThresholdRoute[] Routes,
        NonQualifyingReason?[] Complaints,
        int Applicants = 1,
        string? Version = null);
}
