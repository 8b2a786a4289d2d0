namespace Plans.Api.Domain;

/// <summary>Where a measure started from: its county-wide figure for one quarter, e.g. ASB reported in 2024-Q1.</summary>
public sealed record Baseline(Quarter Period, decimal Value);

/// <summary>
/// What the partnership committed to reach, county-wide, by the end of a quarter, e.g. "Reduce ASB reported to the
/// police by 30 % over 2025–28": a baseline of 4,000 becomes a target of 2,800 by 2028-Q1.
/// </summary>
/// <param name="Statement">The commitment in the plan's words; optional.</param>
public sealed record Target(decimal Value, Quarter By, string? Statement);

/// <summary>
/// How far a measure has come from its baseline towards its target, judged on the newest published county figure.
/// The path from baseline to target is taken as a straight line: a measure is on course when it has covered at least
/// the share of the distance that the share of time gone asks for.
/// </summary>
/// <param name="PercentAchieved">Share of the distance from baseline to target covered so far (negative: moved away).</param>
public sealed record TargetProgress(
    TargetStatus Status,
    Quarter? LatestPeriod,
    decimal? LatestValue,
    decimal? PercentAchieved,
    decimal? ExpectedPercent)
{
    public static TargetProgress Judge(Baseline baseline, Target target, IReadOnlyList<(Quarter Quarter, decimal? Value)> readings)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(target);
        var latest = readings.LastOrDefault(r => r.Value is not null && r.Quarter > baseline.Period);
        if (latest.Value is not { } value)
        {
            return new TargetProgress(TargetStatus.NotEnoughData, null, null, null, null);
        }

        var distance = target.Value - baseline.Value;
        var achieved = Math.Round((value - baseline.Value) / distance * 100, 1, MidpointRounding.AwayFromZero);
        var elapsed = QuartersBetween(baseline.Period, latest.Quarter);
        var total = QuartersBetween(baseline.Period, target.By);
        var expected = Math.Round(Math.Min(1m, (decimal)elapsed / total) * 100, 1, MidpointRounding.AwayFromZero);
        var status = achieved >= 100 ? TargetStatus.Met
            : achieved < 0 ? TargetStatus.MovingAway
            : latest.Quarter >= target.By ? TargetStatus.Missed
            : achieved >= expected ? TargetStatus.OnCourse
            : TargetStatus.BehindCourse;
        return new TargetProgress(status, latest.Quarter, value, achieved, expected);
    }

    private static int QuartersBetween(Quarter from, Quarter to) => ((to.Year - from.Year) * 4) + (to.Number - from.Number);
}

public enum TargetStatus
{
    /// <summary>No published county figure after the baseline quarter in the report's window.</summary>
    NotEnoughData,

    /// <summary>At or beyond the target.</summary>
    Met,

    /// <summary>Covered at least the share of the distance that the time gone asks for.</summary>
    OnCourse,

    /// <summary>Moving towards the target, slower than a straight line to it.</summary>
    BehindCourse,

    /// <summary>Further from the target than the baseline was.</summary>
    MovingAway,

    /// <summary>The target quarter has been reported and the target was not reached.</summary>
    Missed,
}
