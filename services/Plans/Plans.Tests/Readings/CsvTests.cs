using Plans.Api.Readings.ExportReadings;

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

    [Fact]
    public void A_record_ends_with_CRLF()
    {
        Assert.Equal("a,\"b,c\",d\r\n", Csv.Line("a", "b,c", "d"));
    }
}
