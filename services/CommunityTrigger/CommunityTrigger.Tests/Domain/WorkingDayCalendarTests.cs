using CommunityTrigger.Api.Domain;
using static CommunityTrigger.Tests.Domain.Evidence;

namespace CommunityTrigger.Tests.Domain;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Theory]
    [InlineData("2025-07-14", 10, "2025-07-28")] // Monday, no holidays: two weeks on
    [InlineData("2025-07-12", 10, "2025-07-25")] // received on a Saturday: Monday is the first working day
    [InlineData("2025-12-19", 10, "2026-01-07")] // Christmas Day, Boxing Day and New Year's Day skipped
    [InlineData("2025-12-24", 1, "2025-12-29")]
    [InlineData("2026-12-24", 1, "2026-12-29")] // Boxing Day on a Saturday: substitute Monday 28th
    [InlineData("2027-12-24", 1, "2027-12-29")] // both Christmas holidays at a weekend: substitutes 27th and 28th
    [InlineData("2027-12-31", 1, "2028-01-04")] // New Year's Day on a Saturday: substitute Monday 3rd
    [InlineData("2025-04-17", 1, "2025-04-22")] // Good Friday and Easter Monday
    [InlineData("2026-04-02", 10, "2026-04-20")]
    [InlineData("2024-03-28", 2, "2024-04-03")] // Easter across a month end
    [InlineData("2025-04-21", 1, "2025-04-22")] // received on Easter Monday itself
    [InlineData("2025-05-02", 1, "2025-05-06")] // early May bank holiday
    [InlineData("2025-07-14", 0, "2025-07-14")]
    public void N_working_days_after_receipt(string receivedOn, int workingDays, string expected)
    {
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(receivedOn), workingDays));
    }

    [Theory]
    [InlineData("2026-01-07", "OnTrack", "2025-12-31")] // 4 working days left (2, 5, 6, 7 January)
    [InlineData("2026-01-07", "OnTrack", "2026-01-02")] // 3 left
    [InlineData("2026-01-07", "DueSoon", "2026-01-05")] // 2 left
    [InlineData("2026-01-07", "DueSoon", "2026-01-07")] // due today
    [InlineData("2026-01-07", "Overdue", "2026-01-08")]
    [InlineData("2025-12-29", "DueSoon", "2025-12-24")] // five calendar days but one working day away
    public void Pending_decisions_are_on_track_due_soon_or_overdue(string dueOn, string expected, string today)
    {
        var status = new DeadlinePolicy().Classify(D(dueOn), D(today), Calendar);

        Assert.Equal(Enum.Parse<DeadlineStatus>(expected), status);
    }

    [Fact]
    public void The_bank_holiday_data_has_eight_weekday_holidays_a_year_for_2024_to_2028()
    {
        Assert.Equal((2024, 2028), (Calendar.FirstYear, Calendar.LastYear));
        Assert.All(Enumerable.Range(2024, 5), year => Assert.Equal(8, Calendar.BankHolidays.Count(d => d.Year == year)));
        Assert.DoesNotContain(Calendar.BankHolidays, d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    [Theory]
    [InlineData("2023-12-29")]
    [InlineData("2029-01-02")]
    public void Dates_the_data_does_not_cover_are_refused_rather_than_guessed(string date)
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => Calendar.AddWorkingDays(D(date), 1));

        Assert.Contains("2024-2028", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calendar_with_a_holiday_outside_its_years_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar([D("2030-01-01")], 2024, 2028));
    }
}
