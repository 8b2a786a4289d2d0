namespace CommunityTrigger.Api.Domain;

/// <summary>What the threshold is judged on: the receipt date picks the rule version and anchors the window.</summary>
/// <param name="ApplicantCount">The applicant plus anyone applying with them about the same problem (group route).</param>
public sealed record ThresholdEvidence(DateOnly ReceivedOn, IReadOnlyList<Incident> Incidents, int ApplicantCount = 1);

public static class ThresholdEngine
{
    public static ThresholdDecision Evaluate(ThresholdRuleBook rules, ThresholdEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(evidence);
        var ruleSet = rules.InForceOn(evidence.ReceivedOn);
        var windowStart = ruleSet.Window.Before(evidence.ReceivedOn);

        var assessments = new List<ComplaintAssessment>();
        var qualifyingIncidents = new List<Incident>();
        foreach (var (incident, number) in evidence.Incidents.Select((incident, index) => (incident, index + 1)))
        {
            if (incident.Reports.Count == 0)
            {
                assessments.Add(new ComplaintAssessment(
                    number, null, null, null, false, NonQualifyingReason.NotReported, "The incident was not reported to a relevant body."));
                continue;
            }

            var counted = false;
            foreach (var (report, reportNumber) in incident.Reports
                .Select((report, index) => (report, index + 1))
                .OrderBy(pair => pair.report.ReportedOn))
            {
                var (reason, explanation) = Assess(ruleSet, evidence.ReceivedOn, windowStart, incident, report, counted);
                assessments.Add(new ComplaintAssessment(
                    number, reportNumber, report.Agency, report.ReportedOn, reason is null, reason, explanation));
                counted |= reason is null;
            }

            if (counted)
            {
                qualifyingIncidents.Add(incident);
            }
        }

        var routes = RoutesMet(ruleSet, qualifyingIncidents, evidence.ApplicantCount);
        return new ThresholdDecision(
            ruleSet.Version,
            evidence.ReceivedOn,
            windowStart,
            routes.Count > 0,
            routes,
            qualifyingIncidents.Count,
            [.. assessments.OrderBy(a => a.Incident).ThenBy(a => a.Report)]);
    }

    private static (NonQualifyingReason? Reason, string? Explanation) Assess(
        ThresholdRuleSet ruleSet, DateOnly receivedOn, DateOnly windowStart, Incident incident, IncidentReport report, bool incidentAlreadyCounted)
    {
        var reportingDeadline = ruleSet.ReportingDeadline.After(incident.OccurredOn);
        if (report.ReportedOn > receivedOn)
        {
            return (NonQualifyingReason.ReportedAfterApplication, $"Reported on {report.ReportedOn:yyyy-MM-dd}, after the application was received on {receivedOn:yyyy-MM-dd}.");
        }

        if (report.ReportedOn < windowStart)
        {
            return (NonQualifyingReason.OutsideWindow, $"Reported on {report.ReportedOn:yyyy-MM-dd}, before the {ruleSet.Window} window that began on {windowStart:yyyy-MM-dd}.");
        }

        if (report.ReportedOn > reportingDeadline)
        {
            return (NonQualifyingReason.ReportedTooLate, $"Reported on {report.ReportedOn:yyyy-MM-dd}, more than {ruleSet.ReportingDeadline} after the incident on {incident.OccurredOn:yyyy-MM-dd} (deadline {reportingDeadline:yyyy-MM-dd}).");
        }

        if (incidentAlreadyCounted)
        {
            return (NonQualifyingReason.SameIncidentAsAnother, "Another complaint about the same incident has already been counted.");
        }

        return (null, null);
    }

    private static List<ThresholdRoute> RoutesMet(ThresholdRuleSet ruleSet, List<Incident> qualifyingIncidents, int applicantCount)
    {
        var routes = new List<ThresholdRoute>();
        if (qualifyingIncidents.Count >= ruleSet.MinimumQualifyingComplaints)
        {
            routes.Add(ThresholdRoute.Standard);
        }

        if (ruleSet.HateIncidentRoute && qualifyingIncidents.Any(i => i.HateMotivated))
        {
            routes.Add(ThresholdRoute.HateIncident);
        }

        if (ruleSet.GroupRoute is { } group
            && applicantCount >= group.MinimumApplicants
            && qualifyingIncidents.Count >= group.MinimumQualifyingComplaints)
        {
            routes.Add(ThresholdRoute.Group);
        }

        return routes;
    }
}
