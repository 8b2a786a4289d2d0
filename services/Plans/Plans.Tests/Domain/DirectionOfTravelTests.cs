using Plans.Api.Domain;

namespace Plans.Tests.Domain;

/// <summary>
/// Direction of travel against the seeds' own measures (Safer Norfolk Plan 2021-24, Appendix 1), with the figures
/// worked out by hand in each comment.
/// </summary>
public class DirectionOfTravelTests
{
    private static readonly Quarter[] Window = [new(2025, 1), new(2025, 2), new(2025, 3), new(2025, 4)];

    private static DirectionOfTravel Judge(MeasureDirection desired, params decimal?[] values) =>
        DirectionOfTravel.Judge(desired, Window.Zip(values).ToList());

    [Fact]
    public void Fewer_reported_burglaries_is_improving()
    {
        // "Number of reported burglaries in Norfolk", down is better: 812 -> 731 is -81, -81 / 812 = -9.975% -> -10.0%.
        var travel = Judge(MeasureDirection.Down, 812, 790, 745, 731);

        Assert.Equal((TravelTrend.Falling, TravelJudgement.Improving, -81m, -10.0m), (travel.Trend, travel.Judgement, travel.Change, travel.PercentChange));
        Assert.Equal((new Quarter(2025, 1), new Quarter(2025, 4)), (travel.From, travel.To));
    }

    [Fact]
    public void More_knife_crime_is_worsening()
    {
        // "Number of knife crimes recorded", down is better: 96 -> 104 is +8, 8 / 96 = 8.33% -> 8.3%.
        var travel = Judge(MeasureDirection.Down, 96, 99, 101, 104);

        Assert.Equal((TravelTrend.Rising, TravelJudgement.Worsening, 8m, 8.3m), (travel.Trend, travel.Judgement, travel.Change, travel.PercentChange));
    }

    [Fact]
    public void A_missing_quarter_is_skipped_rather_than_hiding_the_trend()
    {
        // "Number of referrals to channel panel process", up is better: 10, (none), 12, 8 -> from Q1 to Q4 is -2, -20%.
        var travel = Judge(MeasureDirection.Up, 10, null, 12, 8);

        Assert.Equal((TravelJudgement.Worsening, -2m, -20.0m), (travel.Judgement, travel.Change, travel.PercentChange));
    }

    [Fact]
    public void Hate_crime_reported_is_neutral_so_a_rise_is_shown_but_not_judged()
    {
        // A1.2: hate crime is under-reported, so its intended impact is neutral. 120 -> 150 is +30, +25%.
        var travel = Judge(MeasureDirection.Neutral, 120, 131, 140, 150);

        Assert.Equal((TravelTrend.Rising, TravelJudgement.NotJudged, 30m, 25.0m), (travel.Trend, travel.Judgement, travel.Change, travel.PercentChange));
    }

    [Fact]
    public void The_same_figure_at_both_ends_is_no_change()
    {
        var travel = Judge(MeasureDirection.Down, 7, 9, 5, 7);

        Assert.Equal((TravelTrend.Flat, TravelJudgement.NoChange, 0m, 0m), (travel.Trend, travel.Judgement, travel.Change, travel.PercentChange));
    }

    [Fact]
    public void A_rise_from_zero_has_no_percentage_but_is_still_judged()
    {
        // "Number of homicides", down is better: 0 -> 2.
        var travel = Judge(MeasureDirection.Down, 0, null, 1, 2);

        Assert.Equal((TravelJudgement.Worsening, 2m, (decimal?)null), (travel.Judgement, travel.Change, travel.PercentChange));
    }

    [Theory]
    [InlineData(null, null, null, null)]
    [InlineData(null, null, 14.0, null)]
    public void One_reading_or_none_is_not_enough_to_judge(double? q1, double? q2, double? q3, double? q4)
    {
        var travel = Judge(MeasureDirection.Up, (decimal?)q1, (decimal?)q2, (decimal?)q3, (decimal?)q4);

        Assert.Equal((TravelTrend.Unknown, TravelJudgement.NotEnoughData, (decimal?)null), (travel.Trend, travel.Judgement, travel.Change));
    }
}
