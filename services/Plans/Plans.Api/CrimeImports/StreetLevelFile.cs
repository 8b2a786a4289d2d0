using System.Globalization;
using System.Security.Cryptography;
using Plans.Api.Domain;

namespace Plans.Api.CrimeImports;

/// <summary>A problem with one row of a file: where (1-based line and column, the column's name) and what.</summary>
public sealed record CrimeFileError(string File, int Line, int Column, string ColumnName, string Problem);

/// <summary>A file refused as a whole; <see cref="Errors"/> holds the first problems found (up to ten).</summary>
public sealed class CrimeFileException(string rule, string message, IReadOnlyList<CrimeFileError> errors) : Exception(message)
{
    public string Rule { get; } = rule;

    public IReadOnlyList<CrimeFileError> Errors { get; } = errors;
}

/// <summary>Rows read so far and, of those, rows with a problem (any makes the file refused whole).</summary>
public readonly record struct RowProgress(long Read, long Rejected);

/// <summary>What one file held, counted: nothing of a row is kept but its crime type and place.</summary>
public sealed record CountedFile(StreetLevelFileName Name, string Sha256, int RowsRead, IReadOnlyList<CrimeCount> Counts);

/// <summary>
/// Reads a police.uk street-level CSV as a stream and counts its rows per crime type and place (district, unlocated,
/// out of area); memory does not grow with the file. Checks the header, every row's shape, its month against the
/// file name's, its crime type and its coordinates; a file with any problem is refused whole.
/// </summary>
public sealed class StreetLevelFile
{
    public static readonly IReadOnlyList<string> Header =
    [
        "Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location", "LSOA code", "LSOA name",
        "Crime type", "Last outcome category", "Context",
    ];

    private const int MaxErrors = 10;
    private const int MonthColumn = 1;
    private const int FallsWithinColumn = 3;
    private const int LongitudeColumn = 4;
    private const int LatitudeColumn = 5;
    private const int LsoaCodeColumn = 7;
    private const int LsoaNameColumn = 8;
    private const int CrimeTypeColumn = 9;

    private static readonly Dictionary<string, int> CrimeTypeIndex =
        PoliceCrimeTypes.All.Select((type, index) => (type, index)).ToDictionary(pair => pair.type, pair => pair.index, StringComparer.Ordinal);

    private static readonly string[] Places = [.. Platform.Contracts.Districts.All, CrimeImport.Unlocated, CrimeImport.OutOfArea];

    private readonly DistrictLookup lookup;
    private readonly string partnershipForce;
    private readonly Dictionary<string, int> placeByLsoa = new(StringComparer.Ordinal);

    /// <param name="partnershipForce">The force whose unlocated rows belong to the partnership ("Falls within", e.g.
    /// "Norfolk Constabulary"); other forces' unlocated rows are out of area.</param>
    public StreetLevelFile(DistrictLookup lookup, string partnershipForce)
    {
        this.lookup = lookup;
        this.partnershipForce = partnershipForce;
    }

    /// <param name="progress">Called with the rows read and rejected so far every 65,536 rows and before a refusal.</param>
    public CountedFile Count(StreetLevelFileName name, Stream content, Action<RowProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var hashing = new HashingStream(content, hash);
        using var records = new CsvRecords(hashing);
        var errors = new List<CrimeFileError>();
        try
        {
            ReadHeader(name, records);
            var counts = new int[Places.Length, PoliceCrimeTypes.All.Count];
            var crimeTypes = CrimeTypeIndex.GetAlternateLookup<ReadOnlySpan<char>>();
            var places = placeByLsoa.GetAlternateLookup<ReadOnlySpan<char>>();
            var month = name.MonthText.AsSpan();
            var rows = 0;
            var rejected = 0;
            while (records.Read())
            {
                if (records.FieldCount == 1 && records[0].IsEmpty)
                {
                    continue; // a blank line
                }

                rows++;
                if (progress is not null && (rows & 0xFFFF) == 0)
                {
                    progress(new RowProgress(rows, rejected));
                }

                if (records.FieldCount != Header.Count)
                {
                    Add(errors, name, records.Line, Math.Min(records.FieldCount, Header.Count), $"expected {Header.Count} columns, found {records.FieldCount}");
                    rejected++;
                    continue;
                }

                var errorsBefore = errors.Count;

                if (!records[MonthColumn].SequenceEqual(month))
                {
                    Add(errors, name, records.Line, MonthColumn, $"month '{records[MonthColumn]}' is not {name.MonthText}, the month in the file's name");
                }

                if (!crimeTypes.TryGetValue(records[CrimeTypeColumn], out var crimeType))
                {
                    Add(errors, name, records.Line, CrimeTypeColumn, $"'{records[CrimeTypeColumn]}' is not a police.uk crime type");
                }

                CheckCoordinate(errors, name, records, LongitudeColumn, 180);
                CheckCoordinate(errors, name, records, LatitudeColumn, 90);
                var code = records[LsoaCodeColumn];
                if (!code.IsEmpty && !IsLsoaCode(code))
                {
                    Add(errors, name, records.Line, LsoaCodeColumn, $"'{code}' is not an LSOA code (like E01026543)");
                }

                if (errors.Count > errorsBefore)
                {
                    rejected++;
                }

                if (errors.Count > 0)
                {
                    if (errors.Count >= MaxErrors)
                    {
                        break;
                    }

                    continue;
                }

                int place;
                if (code.IsEmpty)
                {
                    place = records[LsoaNameColumn].IsEmpty && records[FallsWithinColumn].SequenceEqual(partnershipForce)
                        ? Places.Length - 2 // unlocated
                        : Places.Length - 1; // another force's unlocated row, or a name without a code: not placed in a district
                }
                else if (!places.TryGetValue(code, out place))
                {
                    place = Array.IndexOf(Places, lookup.Place(code.ToString(), records[LsoaNameColumn].ToString()));
                    placeByLsoa[code.ToString()] = place;
                }

                counts[place, crimeType]++;
            }

            if (errors.Count > 0)
            {
                progress?.Invoke(new RowProgress(rows, rejected));
                throw new CrimeFileException(
                    "crime-file-rows",
                    $"{name.Value} has rows that cannot be imported{(errors.Count >= MaxErrors ? $" (the first {MaxErrors} shown)" : "")}; nothing was imported.",
                    errors);
            }

            // Read to the end so the hash covers every byte.
            hashing.Drain();
            var list = new List<CrimeCount>();
            for (var p = 0; p < Places.Length; p++)
            {
                for (var t = 0; t < PoliceCrimeTypes.All.Count; t++)
                {
                    if (counts[p, t] > 0)
                    {
                        list.Add(new CrimeCount(PoliceCrimeTypes.All[t], Places[p], counts[p, t]));
                    }
                }
            }

            return new CountedFile(name, Convert.ToHexStringLower(hash.GetHashAndReset()), rows, list);
        }
        catch (CsvFormatException malformed)
        {
            Add(errors, name, malformed.Line, malformed.Column - 1, malformed.Reason);
            throw new CrimeFileException("crime-file-rows", $"{name.Value} is not valid CSV at line {malformed.Line}; nothing was imported.", errors);
        }
    }

    private static void ReadHeader(StreetLevelFileName name, CsvRecords records)
    {
        var found = new List<string>();
        if (records.Read())
        {
            for (var i = 0; i < records.FieldCount; i++)
            {
                found.Add(records[i].ToString());
            }
        }

        if (!found.SequenceEqual(Header))
        {
            var column = Enumerable.Range(0, Header.Count).FirstOrDefault(i => i >= found.Count || found[i] != Header[i]);
            throw new CrimeFileException(
                "crime-file-header",
                $"{name.Value} does not start with police.uk's street-level header ({string.Join(",", Header)}); it starts with '{string.Join(",", found)}'.",
                [new CrimeFileError(name.Value, 1, column + 1, Header[Math.Min(column, Header.Count - 1)], "header differs from police.uk's street-level format")]);
        }
    }

    private static void CheckCoordinate(List<CrimeFileError> errors, StreetLevelFileName name, CsvRecords records, int column, double limit)
    {
        var value = records[column];
        if (!value.IsEmpty && (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var degrees) || Math.Abs(degrees) > limit))
        {
            Add(errors, name, records.Line, column, $"'{value}' is not a {Header[column].ToLowerInvariant()} in degrees");
        }
    }

    private static bool IsLsoaCode(ReadOnlySpan<char> code) =>
        code.Length == 9 && code[0] is 'E' or 'W' && code[1] == '0' && code[2] == '1' && code[3..].ContainsAnyExceptInRange('0', '9') is false;

    private static void Add(List<CrimeFileError> errors, StreetLevelFileName name, int line, int column, string problem)
    {
        if (errors.Count < MaxErrors)
        {
            errors.Add(new CrimeFileError(name.Value, line, column + 1, Header[column], problem));
        }
    }
}

/// <summary>Hashes what is read through it, so a streamed file's checksum costs no second pass.</summary>
internal sealed class HashingStream(Stream inner, IncrementalHash hash) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        hash.AppendData(buffer[..read]);
        return read;
    }

    public void Drain()
    {
        var buffer = new byte[16 * 1024];
        while (Read(buffer) > 0)
        {
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
