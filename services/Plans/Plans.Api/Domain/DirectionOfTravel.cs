namespace Plans.Api.Domain;

/// <summary>
/// How a measure moved across the report's window, judged against the way the partnership wants it to move. The
/// window's oldest reading is compared with its newest, so one missing quarter does not hide a year's trend. A
/// neutral measure (say, hate crime reported, where under-reporting makes a rise good news) shows its trend but is
/// never called better or worse: other measures have to show whether the outcome was achieved.
/// </summary>
public sealed record DirectionOfTravel(
    TravelTrend Trend,
    TravelJudgement Judgement,
    Quarter? From,
    Quarter? To,
    decimal? Change,
    decimal? PercentChange)
{
    /// <param name="readings">The window's readings in quarter order; null where there is none.</param>
    public static DirectionOfTravel Judge(MeasureDirection desired, IReadOnlyList<(Quarter Quarter, decimal? Value)> readings)
    {
        var present = readings.Where(r => r.Value is not null).ToList();
        if (present.Count < 2)
        {
            return new DirectionOfTravel(TravelTrend.Unknown, TravelJudgement.NotEnoughData, null, null, null, null);
        }

        var (from, first) = (present[0].Quarter, present[0].Value!.Value);
        var (to, last) = (present[^1].Quarter, present[^1].Value!.Value);
        var change = last - first;
        var trend = change switch
        {
            > 0 => TravelTrend.Rising,
            < 0 => TravelTrend.Falling,
            _ => TravelTrend.Flat,
        };
        var percent = first == 0 ? (decimal?)null : Math.Round(change / first * 100, 1, MidpointRounding.AwayFromZero);
        return new DirectionOfTravel(trend, JudgementOf(desired, trend), from, to, change, percent);
    }

    private static TravelJudgement JudgementOf(MeasureDirection desired, TravelTrend trend) => (desired, trend) switch
    {
        (MeasureDirection.Neutral, _) => TravelJudgement.NotJudged,
        (_, TravelTrend.Flat) => TravelJudgement.NoChange,
        (MeasureDirection.Up, TravelTrend.Rising) or (MeasureDirection.Down, TravelTrend.Falling) => TravelJudgement.Improving,
        _ => TravelJudgement.Worsening,
    };
}

public enum TravelTrend
{
    Unknown,
    Rising,
    Falling,
    Flat,
}

public enum TravelJudgement
{
    NotEnoughData,
    Improving,
    Worsening,
    NoChange,
    NotJudged,
}
