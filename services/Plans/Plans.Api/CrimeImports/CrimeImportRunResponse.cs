using Plans.Api.Domain;

namespace Plans.Api.CrimeImports;

/// <summary>
/// An upload imported in the background, as a client polls it at <c>/api/plans/crime-imports/{id}</c>.
/// </summary>
/// <param name="Status"><c>running</c>, <c>completed</c> (its rows count; see <paramref name="Imports"/>) or <c>failed</c>
/// (nothing was imported; see <paramref name="Problem"/>).</param>
/// <param name="RowsAccepted">Rows that passed every check so far; they count only once the run has completed.</param>
/// <param name="RowsRejected">Rows with a problem; any one refuses its file, and with it the upload.</param>
/// <param name="UpdatedAt">When the replica working on it last reported.</param>
/// <param name="Imports">The file imports it made, once completed.</param>
public sealed record CrimeImportRunResponse(
    Guid Id, string Status, IReadOnlyList<string> Files, long Bytes, long RowsRead, long RowsAccepted, long RowsRejected,
    DateTimeOffset StartedAt, string StartedBy, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt,
    IReadOnlyList<CrimeImportResponse> Imports, IReadOnlyList<string> Skipped, CrimeImportProblem? Problem)
{
    public static CrimeImportRunResponse From(CrimeImportRun run, IReadOnlyList<CrimeImport> imports, DateTimeOffset now, TimeSpan staleAfter)
    {
        ArgumentNullException.ThrowIfNull(run);
        var status = run.StatusAt(now, staleAfter);
        return new CrimeImportRunResponse(
            run.Id, status, run.FileNames, run.Bytes, run.RowsRead, run.RowsAccepted, run.RowsRejected, run.StartedAt, run.StartedBy,
            run.HeartbeatAt, run.FinishedAt, [.. imports.Select(CrimeImportResponse.From)], run.Skipped,
            status == run.Status ? run.Problem : CrimeImportRuns.Interrupted);
    }
}
