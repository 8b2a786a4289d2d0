using CommunityTrigger.Api.Domain;

namespace CommunityTrigger.Tests.Domain;

/// <summary>Terse builders for incidents and dates, so a test table reads like the case it describes.</summary>
internal static class Evidence
{
    public static DateOnly D(string isoDate) => DateOnly.Parse(isoDate, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An incident on <paramref name="occurredOn"/> reported to the police on each of <paramref name="reportedOn"/>.</summary>
    public static Incident Incident(string occurredOn, params string[] reportedOn) => new(
        D(occurredOn), "Noise and shouting late at night", false, [.. reportedOn.Select(r => new IncidentReport("norfolk-constabulary", D(r)))]);

    public static Incident HateIncident(string occurredOn, params string[] reportedOn) =>
        Incident(occurredOn, reportedOn) with { Description = "Abuse targeting the family's religion", HateMotivated = true };

    public static ThresholdRuleBook Rules(params ThresholdRuleSet[] ruleSets) => new(ruleSets);

    public static ThresholdRuleSet Version(string version, string validFrom) => new() { Version = version, ValidFrom = D(validFrom) };
}
