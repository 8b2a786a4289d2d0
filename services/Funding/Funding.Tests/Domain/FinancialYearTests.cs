using Funding.Api.Domain;

namespace Funding.Tests.Domain;

public class FinancialYearTests
{
    [Theory]
    [InlineData(2025, 4, 1, "2025/26", 1)]
    [InlineData(2026, 3, 31, "2025/26", 4)]
    [InlineData(2025, 12, 31, "2025/26", 3)]
    [InlineData(2025, 7, 1, "2025/26", 2)]
    [InlineData(2099, 3, 31, "2098/99", 4)]
    public void A_date_falls_in_the_April_to_March_year_and_its_quarter(int year, int month, int day, string expected, int quarter)
    {
        var date = new DateOnly(year, month, day);

        Assert.Equal(expected, FinancialYear.Containing(date).ToString());
        Assert.Equal(quarter, FinancialYear.QuarterOf(date));
    }

    [Theory]
    [InlineData("2025/27")]
    [InlineData("2025-26")]
    [InlineData("25/26")]
    public void Only_consecutive_years_written_with_a_slash_parse(string text) => Assert.False(FinancialYear.TryParse(text, out _));

    [Fact]
    public void Quarter_ends_are_the_last_days_of_June_September_December_and_March()
    {
        var year = new FinancialYear(2025);

        Assert.Equal(
            [new DateOnly(2025, 6, 30), new DateOnly(2025, 9, 30), new DateOnly(2025, 12, 31), new DateOnly(2026, 3, 31)],
            Enumerable.Range(1, 4).Select(year.QuarterEnd));
    }
}
