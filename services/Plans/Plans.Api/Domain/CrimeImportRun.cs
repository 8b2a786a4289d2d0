namespace Plans.Api.Domain;

/// <summary>
/// An upload being imported in the background, so a client can poll its progress: rows read, accepted and rejected so
/// far, then the imports it made or why it failed. The rows are written in one transaction at the end, so a run that
/// failed or never finished left nothing behind. Only the replica that received the upload works on it and says so
/// by a heartbeat; a run whose heartbeat stopped (the replica died) is reported as failed (decision 0043).
/// </summary>
public sealed class CrimeImportRun
{
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";

    private CrimeImportRun()
    {
    }

    public Guid Id { get; private set; }

    /// <summary><see cref="Running"/>, <see cref="Completed"/> or <see cref="Failed"/> as last written; see <see cref="StatusAt"/>.</summary>
    public string Status { get; private set; } = Running;

    public string[] FileNames { get; private set; } = [];

    public long Bytes { get; private set; }

    public long RowsRead { get; private set; }

    public long RowsRejected { get; private set; }

    public long RowsAccepted => RowsRead - RowsRejected;

    public DateTimeOffset StartedAt { get; private set; }

    public string StartedBy { get; private set; } = "";

    /// <summary>When the replica working on it last said so.</summary>
    public DateTimeOffset HeartbeatAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>The file imports it made, once completed.</summary>
    public Guid[] ImportIds { get; private set; } = [];

    /// <summary>Archive entries that are not street-level files.</summary>
    public string[] Skipped { get; private set; } = [];

    public CrimeImportProblem? Problem { get; private set; }

    public static CrimeImportRun Start(IEnumerable<string> fileNames, long bytes, string startedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        FileNames = [.. fileNames],
        Bytes = bytes,
        StartedBy = startedBy,
        StartedAt = now,
        HeartbeatAt = now,
    };

    /// <summary>What a poller sees: a run still marked running whose heartbeat is older than <paramref name="staleAfter"/> has failed.</summary>
    public string StatusAt(DateTimeOffset now, TimeSpan staleAfter) =>
        Status == Running && now - HeartbeatAt > staleAfter ? Failed : Status;

    public void Complete(IEnumerable<Guid> importIds, IEnumerable<string> skipped, long rowsRead, DateTimeOffset now)
    {
        EnsureRunning();
        (Status, ImportIds, Skipped, RowsRead, RowsRejected, HeartbeatAt, FinishedAt) = (Completed, [.. importIds], [.. skipped], rowsRead, 0, now, now);
    }

    public void Fail(CrimeImportProblem problem, long rowsRead, long rowsRejected, DateTimeOffset now)
    {
        EnsureRunning();
        (Status, Problem, RowsRead, RowsRejected, HeartbeatAt, FinishedAt) = (Failed, problem, rowsRead, rowsRejected, now, now);
    }

    private void EnsureRunning()
    {
        if (Status != Running)
        {
            throw new InvalidOperationException($"Crime import run {Id} has already {Status}.");
        }
    }
}

/// <summary>Why a run failed, as the synchronous upload would have answered: the rule, what to do, the rows at fault.</summary>
public sealed record CrimeImportProblem(string Rule, string Detail, IReadOnlyList<CrimeImportProblemRow> Errors);

/// <summary>A row at fault: file, 1-based line and column, the column's name and the problem.</summary>
public sealed record CrimeImportProblemRow(string File, int Line, int Column, string ColumnName, string Problem);
