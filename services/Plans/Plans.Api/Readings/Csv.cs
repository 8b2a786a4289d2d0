using System.Globalization;

namespace Plans.Api.Readings;

/// <summary>
/// RFC 4180 CSV fields: quoted only when they hold a comma, a quote or a line break; quotes doubled. Text that a
/// spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return and is not a number) gets
/// a leading apostrophe: measure names and outcome titles are typed by people, and the file is opened in Excel.
/// </summary>
public static class Csv
{
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var safe = IsFormula(value) ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") < 0 ? safe : $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    private static bool IsFormula(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
        && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    /// <summary>One record, fields joined by commas and ended by CRLF.</summary>
    public static string Line(params ReadOnlySpan<string> fields)
    {
        var quoted = new string[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            quoted[i] = Field(fields[i]);
        }

        return string.Join(',', quoted) + "\r\n";
    }
}
