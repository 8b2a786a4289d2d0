using System.Text.Json;
using Plans.Api.Domain;

namespace Plans.Tests.Domain;

public class QuarterTests
{
    [Theory]
    [InlineData("2025-Q1", 2025, 1, "2025-01-01")]
    [InlineData("2025-Q2", 2025, 2, "2025-04-01")]
    [InlineData("2025-Q3", 2025, 3, "2025-07-01")]
    [InlineData("2025-Q4", 2025, 4, "2025-10-01")]
    public void A_quarter_is_written_year_dash_Q_number_and_starts_on_its_first_day(string text, int year, int number, string start)
    {
        var quarter = Quarter.Parse(text);

        Assert.Equal(new Quarter(year, number), quarter);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), quarter.Start);
        Assert.Equal(text, quarter.ToString());
    }

    [Theory]
    [InlineData("2025-Q5")]
    [InlineData("2025-Q0")]
    [InlineData("2025Q3")]
    [InlineData("2025-q3")]
    [InlineData("25-Q3")]
    [InlineData("2025-Q3 ")]
    [InlineData("0000-Q1")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_quarter(string? text)
    {
        Assert.False(Quarter.TryParse(text, out _));
    }

    [Theory]
    [InlineData("2025-01-01", "2025-Q1")]
    [InlineData("2025-03-31", "2025-Q1")]
    [InlineData("2025-04-01", "2025-Q2")]
    [InlineData("2025-09-30", "2025-Q3")]
    [InlineData("2025-12-31", "2025-Q4")]
    public void A_day_belongs_to_its_calendar_quarter(string day, string quarter)
    {
        Assert.Equal(quarter, Quarter.Containing(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).ToString());
    }

    [Fact]
    public void The_quarter_before_the_first_is_the_last_of_the_year_before()
    {
        Assert.Equal(new Quarter(2024, 4), new Quarter(2025, 1).Previous());
        Assert.Equal(new Quarter(2025, 2), new Quarter(2025, 3).Previous());
        Assert.Equal(new Quarter(2026, 1), new Quarter(2025, 4).Next());
    }

    [Fact]
    public void A_quarter_is_in_the_future_only_once_today_is_before_its_first_day()
    {
        var q4 = new Quarter(2025, 4);

        Assert.True(q4.IsAfter(new DateOnly(2025, 9, 30)));
        Assert.False(q4.IsAfter(new DateOnly(2025, 10, 1)));
        Assert.False(q4.IsAfter(new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Quarters_order_by_time()
    {
        Assert.True(new Quarter(2024, 4) < new Quarter(2025, 1));
        Assert.True(new Quarter(2025, 2) > new Quarter(2025, 1));
    }

    [Fact]
    public void In_JSON_a_quarter_is_its_written_form()
    {
        Assert.Equal("\"2025-Q3\"", JsonSerializer.Serialize(new Quarter(2025, 3)));
        Assert.Equal(new Quarter(2024, 1), JsonSerializer.Deserialize<Quarter>("\"2024-Q1\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Quarter>("\"2024-Q9\""));
    }

    [Fact]
    public void A_quarter_number_outside_one_to_four_cannot_be_made()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quarter(2025, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quarter(2025, 0));
    }
}
