namespace Platform.Web.Analysis;

/// <summary>A measure as <c>GET /api/plans/measures</c> lists it; <c>DerivedFrom</c> is null when analysts enter its readings.</summary>
public sealed record MeasureView(Guid Id, string Name, string Unit, string Direction, string Source, string? DerivedFrom, bool DisclosureControlled)
{
    /// <summary>Counted from imported police.uk files: its readings come from imports, never from typing.</summary>
    public bool CountsPoliceData => DerivedFrom == PoliceRecordedCrime;

    public const string PoliceRecordedCrime = "police-recorded-crime";
}

/// <summary>A reading (<c>GET /api/plans/measures/{id}/readings</c>): <c>Origin</c> is <c>analyst</c> or <c>derived</c>.</summary>
public sealed record ReadingView(string Period, string Area, decimal? Value, bool Withheld, string Origin, string? Note, DateTimeOffset? UpdatedAt, uint Version);

/// <summary>
/// One imported police.uk file (<c>GET /api/plans/crime-imports/{id}</c>). <c>Status</c> and the row counters are
/// the import's progress where the API reports them (<c>running</c>, <c>completed</c>, <c>failed</c>); an import the
/// API lists without a status has finished, since it was imported whole before the answer was sent.
/// </summary>
public sealed record CrimeImportView(
    Guid Id, string? FileName, string? Force, string? Month, string? Quarter, int RowsRead, IReadOnlyDictionary<string, int>? Places,
    IReadOnlyList<CrimeCountView>? Counts, Guid? Replaces, DateTimeOffset? ImportedAt, DateTimeOffset? SupersededAt,
    string? Status = null, int? RowsRejected = null, IReadOnlyList<CrimeFileErrorView>? Errors = null)
{
    public string State => Status ?? "completed";

    public bool Running => State is "running" or "queued" or "pending";
}

public sealed record CrimeCountView(string CrimeType, string Place, int Rows);

/// <summary>A row the importer refused: file, line and column (1-based), and why.</summary>
public sealed record CrimeFileErrorView(string? File, int Line, int Column, string? ColumnName, string? Problem);

/// <summary>What <c>POST /api/plans/crime-imports</c> answers: the files imported, archive entries skipped, quarters recounted.</summary>
public sealed record CrimeUploadView(IReadOnlyList<ImportedFileView> Imports, IReadOnlyList<string> Skipped, IReadOnlyList<string> QuartersRecounted);

public sealed record ImportedFileView(CrimeImportView Import);

/// <summary>The police.uk files a police-data reading was counted from (<c>.../readings/{period}/{area}/imports</c>).</summary>
public sealed record ReadingImportsView(string Period, string Area, IReadOnlyList<string> CrimeTypes, int Total, IReadOnlyList<ReadingImportView> Files);

public sealed record ReadingImportView(Guid ImportId, string FileName, string Month, DateTimeOffset ImportedAt, int Rows, int Unlocated);

/// <summary>Quarters as the Plans API spells them (<c>2025-Q3</c>), and the areas a reading may be for.</summary>
public static class Quarters
{
    public static string Containing(DateOnly day) => $"{day.Year}-Q{((day.Month - 1) / 3) + 1}";

    public static bool IsQuarter(string? text) =>
        text is { Length: 7 } && int.TryParse(text.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)
        && text[4] == '-' && text[5] == 'Q' && text[6] is >= '1' and <= '4';

    /// <summary>The county, then each district, as readings are kept.</summary>
    public static IEnumerable<(string Slug, string Name)> Areas =>
        Forms.Names.Districts.Prepend(("county", "Norfolk (county)"));

    public static string AreaName(string area) => area switch
    {
        "county" => "Norfolk (county)",
        "unlocated" => "No location given (county only)",
        "out-of-area" => "Outside Norfolk",
        _ => Forms.Names.District(area),
    };
}
