using System.Text;
using Plans.Api.CrimeImports;

namespace Plans.Tests.CrimeImports;

public class CsvRecordsTests
{
    private static List<string[]> ReadAll(string csv)
    {
        using var records = new CsvRecords(new MemoryStream(Encoding.UTF8.GetBytes(csv)));
        var all = new List<string[]>();
        while (records.Read())
        {
            all.Add(Enumerable.Range(0, records.FieldCount).Select(i => records[i].ToString()).ToArray());
        }

        return all;
    }

    [Fact]
    public void Quoted_fields_keep_their_commas_doubled_quotes_and_line_breaks_across_buffer_boundaries()
    {
        var csv = new StringBuilder();
        for (var i = 0; i < 5_000; i++)
        {
            csv.Append(CultureInfo(i)).Append(",\"On or near \"\"Castle, Meadow\"\"\",\"two\nlines\",,last\r\n");
        }

        var rows = ReadAll(csv.ToString());

        Assert.Equal(5_000, rows.Count);
        Assert.All(rows.Select((row, i) => (row, i)), pair =>
            Assert.Equal([CultureInfo(pair.i), "On or near \"Castle, Meadow\"", "two\nlines", "", "last"], pair.row));
    }

    [Theory]
    [InlineData("a,b\"c,d\n", 1, 2)]
    [InlineData("a,b\nc,\"d\"e\n", 2, 2)]
    [InlineData("a,\"b\nc\nd,e\n", 1, 2)]
    public void Malformed_csv_names_the_line_and_column_it_stopped_at(string csv, int line, int column)
    {
        var malformed = Assert.Throws<CsvFormatException>(() => ReadAll(csv));

        Assert.Equal((line, column), (malformed.Line, malformed.Column));
    }

    private static string CultureInfo(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
