namespace CommunityTrigger.Api.Domain;

/// <summary>
/// One version of the local threshold policy. Versions are configuration, never edited once used: a change is a new
/// version with a later <see cref="ValidFrom"/>, and each decision records the version it applied.
/// </summary>
public sealed record ThresholdRuleSet
{
    public required string Version { get; init; }

    /// <summary>Applies to applications received on or after this date, until a later version takes over.</summary>
    public required DateOnly ValidFrom { get; init; }

    /// <summary>Complaints about separate incidents needed on the standard route.</summary>
    public int MinimumQualifyingComplaints { get; init; } = 3;

    /// <summary>How far back from the receipt date a complaint may have been made.</summary>
    public CalendarPeriod Window { get; init; } = CalendarPeriod.OfMonths(6);

    /// <summary>How soon after its incident a complaint must have been made to a relevant body.</summary>
    public CalendarPeriod ReportingDeadline { get; init; } = CalendarPeriod.OfMonths(1);

    /// <summary>When on, one qualifying complaint about a hate incident or crime meets the threshold by itself.</summary>
    public bool HateIncidentRoute { get; init; }

    /// <summary>When set, enough applicants about the same problem meet the threshold with fewer complaints.</summary>
    public GroupRoute? GroupRoute { get; init; }

    /// <summary>The threshold in the Anti-social Behaviour, Crime and Policing Act 2014 guidance, in force from 20 October 2014.</summary>
    public static ThresholdRuleSet StatutoryDefault { get; } = new() { Version = "2014-default", ValidFrom = new DateOnly(2014, 10, 20) };
}

/// <summary>Several people (typically from different households) applying together about the same problem.</summary>
public sealed record GroupRoute
{
    public int MinimumApplicants { get; init; } = 5;

    public int MinimumQualifyingComplaints { get; init; } = 1;
}
