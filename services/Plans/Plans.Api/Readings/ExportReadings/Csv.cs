namespace Plans.Api.Readings.ExportReadings;

/// <summary>RFC 4180 CSV fields: quoted only when they hold a comma, a quote or a line break; quotes doubled.</summary>
public static class Csv
{
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

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
