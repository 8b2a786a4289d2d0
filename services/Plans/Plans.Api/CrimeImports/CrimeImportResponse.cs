using Plans.Api.Domain;

namespace Plans.Api.CrimeImports;

/// <summary>One imported file: where it came from, how its rows fell (per place, all crime types), and its counts.</summary>
/// <param name="Places">Rows per place: each district, <c>unlocated</c> (in the county total) and <c>out-of-area</c>.</param>
/// <param name="Replaces">The import of the same force and month this one replaced.</param>
/// <param name="SupersededAt">Set once a later import of the same force and month replaced this one.</param>
public sealed record CrimeImportResponse(
    Guid Id, string FileName, string Force, string Month, Quarter Quarter, string Sha256, int RowsRead,
    IReadOnlyDictionary<string, int> Places, IReadOnlyList<CrimeCount> Counts, Guid? Replaces, DateTimeOffset ImportedAt,
    string ImportedBy, DateTimeOffset? SupersededAt)
{
    /// <summary>A file import is always completed: the same field a background run's poller reads (decision 0043).</summary>
    public string Status => CrimeImportRun.Completed;

    public int RowsAccepted => RowsRead;

    public int RowsRejected => 0;

    public static CrimeImportResponse From(CrimeImport import)
    {
        ArgumentNullException.ThrowIfNull(import);
        var places = Platform.Contracts.Districts.All.Append(CrimeImport.Unlocated).Append(CrimeImport.OutOfArea)
            .ToDictionary(place => place, place => import.Counts.Where(c => c.Place == place).Sum(c => c.Rows));
        return new CrimeImportResponse(
            import.Id, import.FileName, import.Force, import.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            import.Quarter, import.Sha256, import.RowsRead, places,
            import.Counts.OrderBy(c => c.CrimeType, StringComparer.Ordinal).ThenBy(c => c.Place, StringComparer.Ordinal).ToList(),
            import.Replaces, import.ImportedAt, import.ImportedBy, import.SupersededAt);
    }
}
