namespace Plans.Api.CrimeImports;

/// <summary>
/// Reads RFC 4180 CSV one record at a time from a stream, holding only the current record: a file of any size is
/// read in constant memory. Fields are spans into a reused buffer, valid until the next <see cref="Read"/>.
/// </summary>
public sealed class CsvRecords : IDisposable
{
    private const int MaxRecordChars = 64 * 1024;

    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create(",\"\r\n");

    private readonly TextReader reader;
    private readonly char[] input = new char[64 * 1024];
    private char[] record = new char[1024];
    private readonly List<(int Start, int Length)> fields = new(16);
    private int inputPosition;
    private int inputLength;
    private int line = 1;

    public CsvRecords(Stream stream) => reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);

    /// <summary>The line the current record starts on (1 for the header).</summary>
    public int Line { get; private set; }

    public int FieldCount => fields.Count;

    public ReadOnlySpan<char> this[int index] => record.AsSpan(fields[index].Start, fields[index].Length);

    /// <summary>
    /// Moves to the next record; false at the end of the input. A malformed record (a quote in an unquoted field, an
    /// unclosed quote, a record over 64 KiB) throws <see cref="CsvFormatException"/> naming its line.
    /// </summary>
    public bool Read()
    {
        fields.Clear();
        Line = line;
        var length = 0;
        var fieldStart = 0;
        var quoted = false;
        var inQuotes = false;
        var afterQuote = false;
        var any = false;
        while (true)
        {
            if (inputPosition == inputLength)
            {
                inputLength = reader.Read(input, 0, input.Length);
                inputPosition = 0;
                if (inputLength == 0)
                {
                    if (inQuotes)
                    {
                        throw new CsvFormatException(Line, fields.Count + 1, "a quoted field is never closed");
                    }

                    if (!any)
                    {
                        return false;
                    }

                    fields.Add((fieldStart, length - fieldStart));
                    return true;
                }
            }

            any = true;
            var rest = input.AsSpan(inputPosition, inputLength - inputPosition);
            if (inQuotes)
            {
                // Copy up to the next quote in one go; only a quote ends (or escapes within) a quoted field.
                var quote = rest.IndexOf('"');
                var chunk = quote < 0 ? rest : rest[..quote];
                line += chunk.Count('\n');
                Append(ref length, chunk);
                inputPosition += chunk.Length;
                if (quote >= 0)
                {
                    inputPosition++;
                    inQuotes = false;
                    afterQuote = true;
                }

                continue;
            }

            // Plain text runs to the next separator, quote or line end: found a vector at a time, copied in one go.
            var stop = rest.IndexOfAny(Special);
            var plain = stop < 0 ? rest : rest[..stop];
            if (!plain.IsEmpty)
            {
                if (afterQuote)
                {
                    throw new CsvFormatException(Line, fields.Count + 1, "text after a quoted field's closing quote");
                }

                Append(ref length, plain);
                inputPosition += plain.Length;
            }

            if (stop < 0)
            {
                continue;
            }

            switch (input[inputPosition++])
            {
                case '"' when afterQuote:
                    // "" inside a quoted field is one quote
                    inQuotes = true;
                    afterQuote = false;
                    Append(ref length, "\"");
                    break;
                case '"' when length == fieldStart && !quoted:
                    quoted = true;
                    inQuotes = true;
                    break;
                case '"':
                    throw new CsvFormatException(Line, fields.Count + 1, "a quote inside an unquoted field (quote the field and double the quote)");
                case ',':
                    fields.Add((fieldStart, length - fieldStart));
                    fieldStart = length;
                    quoted = false;
                    afterQuote = false;
                    break;
                case '\n':
                    line++;
                    fields.Add((fieldStart, length - fieldStart));
                    return true;
                default: // '\r'
                    break;
            }
        }
    }

    public void Dispose() => reader.Dispose();

    private void Append(ref int length, ReadOnlySpan<char> text)
    {
        if (length + text.Length > record.Length)
        {
            if (length + text.Length > MaxRecordChars)
            {
                throw new CsvFormatException(Line, fields.Count + 1, $"the record is longer than {MaxRecordChars} characters");
            }

            Array.Resize(ref record, Math.Max(record.Length * 2, length + text.Length));
        }

        text.CopyTo(record.AsSpan(length));
        length += text.Length;
    }
}

/// <summary>A record that is not CSV: its line, the 1-based column where reading stopped, and why.</summary>
public sealed class CsvFormatException(int line, int column, string reason) : Exception($"line {line}, column {column}: {reason}")
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    public string Reason { get; } = reason;
}
