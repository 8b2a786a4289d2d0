using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Domain;

/// <summary>
/// One police.uk street-level file imported (one force, one month): what was in it, counted per crime type and place,
/// and which earlier import of the same force and month it replaced. Only the current import of a force and month
/// counts towards readings, so re-importing replaces and never adds.
/// </summary>
public sealed class CrimeImport
{
    /// <summary>Rows in a district's LSOA count for the district and the county.</summary>
    public const string Unlocated = "unlocated";

    /// <summary>Rows whose LSOA lies outside the partnership's districts: counted, reported, never guessed into one.</summary>
    public const string OutOfArea = "out-of-area";

    private CrimeImport()
    {
    }

    public Guid Id { get; private set; }

    public string FileName { get; private set; } = "";

    /// <summary>The force's slug from the file name, e.g. <c>norfolk</c> in <c>2024-01-norfolk-street.csv</c>.</summary>
    public string Force { get; private set; } = "";

    /// <summary>The first day of the month the file covers.</summary>
    public DateOnly Month { get; private set; }

    /// <summary>SHA-256 of the file's bytes, hex: the same file imported again is recognisable.</summary>
    public string Sha256 { get; private set; } = "";

    public int RowsRead { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    /// <summary>The token subject of the analyst (or tool) who imported it.</summary>
    public string ImportedBy { get; private set; } = "";

    /// <summary>The import of the same force and month this one replaced; null for the first.</summary>
    public Guid? Replaces { get; private set; }

    /// <summary>When a later import of the same force and month replaced this one; null while it counts.</summary>
    public DateTimeOffset? SupersededAt { get; private set; }

    /// <summary>Rows per crime type and place (a district slug, <see cref="Unlocated"/> or <see cref="OutOfArea"/>).</summary>
    public List<CrimeCount> Counts { get; private set; } = [];

    public Quarter Quarter => Quarter.Containing(Month);

    public static CrimeImport Record(
        StreetLevelFileName name, string sha256, int rowsRead, IEnumerable<CrimeCount> counts, CrimeImport? replacing, string importedBy,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (replacing is not null && (replacing.Force != name.Force || replacing.Month != name.Month))
        {
            throw new InvalidOperationException("An import replaces only the current import of its own force and month.");
        }

        replacing?.SupersededAt = now;
        return new CrimeImport
        {
            Id = Guid.CreateVersion7(now),
            FileName = name.Value,
            Force = name.Force,
            Month = name.Month,
            Sha256 = sha256,
            RowsRead = rowsRead,
            ImportedAt = now,
            ImportedBy = importedBy,
            Replaces = replacing?.Id,
            Counts = counts.Where(count => count.Rows > 0).ToList(),
        };
    }

    /// <summary>What a corrected file changed against the import it replaced, per crime type and place.</summary>
    public IReadOnlyList<CrimeCountChange> ChangesFrom(CrimeImport? replaced)
    {
        var before = replaced?.Counts.ToDictionary(count => (count.CrimeType, count.Place), count => count.Rows) ?? [];
        var after = Counts.ToDictionary(count => (count.CrimeType, count.Place), count => count.Rows);
        return before.Keys.Union(after.Keys)
            .Select(key => new CrimeCountChange(key.CrimeType, key.Place, before.GetValueOrDefault(key), after.GetValueOrDefault(key)))
            .Where(change => change.Before != change.After)
            .OrderBy(change => change.CrimeType, StringComparer.Ordinal)
            .ThenBy(change => change.Place, StringComparer.Ordinal)
            .ToList();
    }

    public static bool IsPlace(string place) => Platform.Contracts.Districts.IsDistrict(place) || place is Unlocated or OutOfArea;

    /// <summary>Refuses a file whose name is not police.uk's (<c>YYYY-MM-force-street.csv</c>).</summary>
    public static RuleViolationException UnrecognisedFileName(string fileName) => new(
        "crime-file-name",
        $"'{fileName}' is not named like a police.uk street-level file (YYYY-MM-force-street.csv, e.g. 2024-01-norfolk-street.csv); the name says which force and month it holds.",
        RuleViolationKind.BusinessRule);
}

/// <param name="Place">A district slug, <c>unlocated</c> or <c>out-of-area</c>.</param>
public sealed record CrimeCount(string CrimeType, string Place, int Rows);

public sealed record CrimeCountChange(string CrimeType, string Place, int Before, int After);

/// <summary>A police.uk street-level file name, <c>2024-01-norfolk-street.csv</c>: the month and force it holds.</summary>
public sealed record StreetLevelFileName(string Value, DateOnly Month, string Force)
{
    private const string Suffix = "-street.csv";

    public static bool TryParse(string path, out StreetLevelFileName name)
    {
        name = null!;
        var fileName = path.Replace('\\', '/').Split('/')[^1];
        if (!fileName.EndsWith(Suffix, StringComparison.Ordinal) || fileName.Length <= 8 + Suffix.Length || fileName[7] != '-'
            || !int.TryParse(fileName.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            || fileName[4] != '-'
            || !int.TryParse(fileName.AsSpan(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month)
            || year < 2000 || month is < 1 or > 12)
        {
            return false;
        }

        var force = fileName[8..^Suffix.Length];
        if (force.Length is 0 or > 60 || !force.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            return false;
        }

        name = new StreetLevelFileName(fileName, new DateOnly(year, month, 1), force);
        return true;
    }

    /// <summary>The month as the file's Month column writes it, e.g. <c>2024-01</c>.</summary>
    public string MonthText => Value[..7];
}
