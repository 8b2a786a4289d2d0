using Plans.Api.Domain;
using Platform.ServiceDefaults.Errors;

namespace Plans.Tests.Domain;

/// <summary>
/// Progress against target, on seed 004's "Reduce ASB reported to the police by 30 %": a baseline of 4,000 reports in
/// 2024-Q3 and a target of 2,800 (30 % fewer) by 2027-Q3, twelve quarters later. Figures worked out in each comment.
/// </summary>
public class TargetProgressTests
{
    private static readonly Baseline Baseline = new(new Quarter(2024, 3), 4000);
    private static readonly Target Target = new(2800, new Quarter(2027, 3), "Reduce ASB reported to the police by 30 %");

    private static TargetProgress Judge(params (int Year, int Number, decimal? Value)[] readings) =>
        TargetProgress.Judge(Baseline, Target, readings.Select(r => (new Quarter(r.Year, r.Number), r.Value)).ToList());

    [Fact]
    public void Ahead_of_a_straight_line_to_the_target_is_on_course()
    {
        // 2025-Q3: 4 of 12 quarters gone (33.3 % expected); 4000 -> 3500 is 500 of 1200 = 41.7 % of the way.
        var progress = Judge((2025, 2, 3700), (2025, 3, 3500));

        Assert.Equal((TargetStatus.OnCourse, 41.7m, 33.3m, 3500m), (progress.Status, progress.PercentAchieved, progress.ExpectedPercent, progress.LatestValue));
    }

    [Fact]
    public void Falling_slower_than_the_line_is_behind_course()
    {
        // 2025-Q3: 4000 -> 3800 is 200 of 1200 = 16.7 %, against 33.3 % expected.
        Assert.Equal(TargetStatus.BehindCourse, Judge((2025, 3, 3800)).Status);
    }

    [Fact]
    public void Rising_when_the_target_is_to_fall_is_moving_away()
    {
        // 4000 -> 4100 is -100 of 1200 = -8.3 %.
        var progress = Judge((2025, 3, 4100));

        Assert.Equal((TargetStatus.MovingAway, -8.3m), (progress.Status, progress.PercentAchieved));
    }

    [Fact]
    public void Reaching_the_target_is_met_and_passing_the_target_quarter_short_of_it_is_missed()
    {
        Assert.Equal(TargetStatus.Met, Judge((2026, 1, 2790)).Status);
        Assert.Equal(TargetStatus.Missed, Judge((2027, 3, 3000)).Status);
    }

    [Fact]
    public void Without_a_figure_after_the_baseline_quarter_progress_is_not_judged()
    {
        // The baseline quarter's own reading says nothing about progress from it.
        Assert.Equal(TargetStatus.NotEnoughData, Judge((2024, 3, 4000), (2024, 4, null)).Status);
    }

    [Fact]
    public void A_target_must_lie_after_the_baseline_and_in_the_direction_the_measure_should_move()
    {
        var asb = Measure.Define(Guid.NewGuid(), "ASB reported to the police", "count", MeasureDirection.Down, "police.uk", null, DateTimeOffset.UnixEpoch);
        var hate = Measure.Define(Guid.NewGuid(), "Hate crime reported", "count", MeasureDirection.Neutral, "police.uk", null, DateTimeOffset.UnixEpoch);

        Assert.Equal("target-wrong-direction", Assert.Throws<RuleViolationException>(() => asb.SetBaselineAndTarget(Baseline, Target with { Value = 4200 })).Rule);
        Assert.Equal("target-not-after-baseline", Assert.Throws<RuleViolationException>(() => asb.SetBaselineAndTarget(Baseline, Target with { By = new Quarter(2024, 3) })).Rule);
        Assert.Equal("neutral-measure-target", Assert.Throws<RuleViolationException>(() => hate.SetBaselineAndTarget(Baseline, Target)).Rule);

        hate.SetBaselineAndTarget(Baseline, null);
        asb.SetBaselineAndTarget(Baseline, Target);
        Assert.Equal((Baseline, (Target?)null), (hate.Baseline, hate.Target));
        Assert.Equal((Baseline, Target), (asb.Baseline, asb.Target));
    }
}
