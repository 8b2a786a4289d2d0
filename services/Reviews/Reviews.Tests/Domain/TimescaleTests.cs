using Reviews.Api.Domain;

namespace Reviews.Tests.Domain;

public class TimescaleTests
{
    private static readonly DateOnly Decided = new(2026, 1, 15);
    private static readonly DateOnly SixMonthsOn = new(2026, 7, 15);
    private static readonly TimescalePolicy Policy = new();

    private static Hold HoldFor(ParallelProcess process, DateOnly from, DateOnly? until) => new(Guid.NewGuid(), process, "Awaiting the outcome.", from, until);

    [Fact]
    public void Without_holds_the_review_is_due_six_months_after_the_decision()
    {
        var timescale = Timescale.Calculate(Decided, [], [], Policy, new DateOnly(2026, 3, 1));

        Assert.Equal((SixMonthsOn, 0, TimescaleStatus.OnTrack, false), (timescale.DueOn, timescale.HeldDays, timescale.Status, timescale.OnHold));
    }

    [Theory]
    [InlineData("2026-06-17", TimescaleStatus.OnTrack)]
    [InlineData("2026-06-18", TimescaleStatus.AtRisk)]
    [InlineData("2026-07-15", TimescaleStatus.AtRisk)]
    [InlineData("2026-07-16", TimescaleStatus.Overdue)]
    public void Status_turns_at_risk_28_days_before_the_due_date_and_overdue_after_it(string today, TimescaleStatus expected)
    {
        var timescale = Timescale.Calculate(Decided, [], [], Policy, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, timescale.Status);
    }

    [Fact]
    public void An_ended_hold_moves_the_due_date_by_the_days_held()
    {
        var timescale = Timescale.Calculate(
            Decided, [HoldFor(ParallelProcess.CriminalTrial, new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 3))], [], Policy, new DateOnly(2026, 7, 20));

        Assert.Equal((30, SixMonthsOn.AddDays(30), TimescaleStatus.AtRisk), (timescale.HeldDays, timescale.DueOn, timescale.Status));
    }

    [Fact]
    public void An_open_hold_stops_the_clock_so_a_long_trial_does_not_make_the_review_overdue()
    {
        var today = new DateOnly(2026, 12, 1);
        var timescale = Timescale.Calculate(Decided, [HoldFor(ParallelProcess.CriminalTrial, new DateOnly(2026, 3, 1), null)], [], Policy, today);

        Assert.True(timescale.OnHold);
        Assert.Equal(today.DayNumber - new DateOnly(2026, 3, 1).DayNumber, timescale.HeldDays);
        Assert.Equal(TimescaleStatus.OnTrack, timescale.Status);
    }

    [Fact]
    public void Overlapping_holds_count_each_day_once()
    {
        Hold[] holds =
        [
            HoldFor(ParallelProcess.CriminalTrial, new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1)),
            HoldFor(ParallelProcess.Inquest, new DateOnly(2026, 2, 15), new DateOnly(2026, 3, 11)),
        ];

        var timescale = Timescale.Calculate(Decided, holds, [], Policy, new DateOnly(2026, 4, 1));

        Assert.Equal(new DateOnly(2026, 3, 11).DayNumber - new DateOnly(2026, 2, 1).DayNumber, timescale.HeldDays);
    }

    [Fact]
    public void Extensions_add_to_holds()
    {
        var timescale = Timescale.Calculate(
            Decided,
            [HoldFor(ParallelProcess.NhsInvestigation, new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 11))],
            [new Extension(20, "Family asked for more time to read the draft.", new DateOnly(2026, 6, 1)), new Extension(5, "Panel availability.", new DateOnly(2026, 6, 2))],
            Policy,
            new DateOnly(2026, 6, 3));

        Assert.Equal((10, 25, SixMonthsOn.AddDays(35)), (timescale.HeldDays, timescale.ExtensionDays, timescale.DueOn));
    }

    [Fact]
    public void Submission_to_the_Home_Office_stops_the_clock_where_it_stood()
    {
        var timescale = Timescale.Calculate(Decided, [], [], Policy, new DateOnly(2027, 1, 1), stoppedOn: new DateOnly(2026, 7, 10));

        Assert.Equal(TimescaleStatus.AtRisk, timescale.Status);
    }

    [Fact]
    public void The_period_comes_from_policy()
    {
        var timescale = Timescale.Calculate(Decided, [], [], new TimescalePolicy { ReviewMonths = 9, AtRiskDays = 7 }, new DateOnly(2026, 10, 9));

        Assert.Equal((new DateOnly(2026, 10, 15), TimescaleStatus.AtRisk), (timescale.DueOn, timescale.Status));
    }
}
