using Plans.Api.Readings;

namespace Plans.Tests.Readings;

public class CsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("the \"Safer\" plan", "\"the \"\"Safer\"\" plan\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void Fields_are_quoted_only_when_RFC_4180_needs_it(string value, string expected)
    {
        Assert.Equal(expected, Csv.Field(value));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x.example\",\"Open\")", "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"Open\"\")\"")]
    [InlineData("+1+cmd", "'+1+cmd")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("+44", "+44")]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_kept_as_text_and_numbers_stay_numbers(string value, string expected)
    {
        Assert.Equal(expected, Csv.Field(value));
    }

    [Fact]
    public void A_record_ends_with_CRLF()
    {
        Assert.Equal("a,\"b,c\",d\r\n", Csv.Line("a", "b,c", "d"));
    }
}
