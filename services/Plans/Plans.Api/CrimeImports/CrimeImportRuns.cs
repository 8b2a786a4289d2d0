using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.CrimeImports;

/// <summary>An uploaded file copied to this replica's disk for a background run.</summary>
public sealed record SpooledUpload(string FileName, string Path, long Length);

/// <summary>
/// Imports uploads in the background on the replica that received them (the files are on its disk), writing the
/// run's counters and a heartbeat every <see cref="CrimeImportOptions.HeartbeatInterval"/> so any replica can answer
/// a poll. The run is completed in the import's own transaction; a refusal, an error or a stop marks it failed, and a
/// replica that dies leaves a run whose heartbeat stops, which reads as failed (decision 0043).
/// </summary>
public sealed partial class CrimeImportRuns(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<CrimeImportOptions> options, ILogger<CrimeImportRuns> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<Guid, Task> running = new();

    public async Task<CrimeImportRun> StartAsync(IReadOnlyList<SpooledUpload> files, string startedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var run = CrimeImportRun.Start(files.Select(f => f.FileName), files.Sum(f => f.Length), startedBy, clock.GetUtcNow());
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlansDbContext>();
            db.CrimeImportRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
        }

        var work = Task.Run(() => RunAsync(run.Id, files, startedBy), CancellationToken.None);
        running[run.Id] = work;
        if (work.IsCompleted)
        {
            running.TryRemove(run.Id, out _); // it ended before it was listed
        }

        return run;
    }

    private async Task RunAsync(Guid id, IReadOnlyList<SpooledUpload> files, string startedBy)
    {
        var progress = new LiveProgress();
        using var beats = new CancellationTokenSource();
        var heartbeat = BeatAsync(id, progress, beats.Token);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<CrimeImporter>();
            await importer.ImportAsync(
                [.. files.Select(file => new CrimeUpload(file.FileName, () => File.OpenRead(file.Path)))],
                startedBy, stopping.Token, progress.Report, runId: id);
        }
        catch (CrimeFileException refused)
        {
            await FailAsync(id, progress, new CrimeImportProblem(refused.Rule, refused.Message, [.. refused.Errors.Select(e => new CrimeImportProblemRow(e.File, e.Line, e.Column, e.ColumnName, e.Problem))]));
        }
        catch (RuleViolationException violated)
        {
            await FailAsync(id, progress, new CrimeImportProblem(violated.Rule, violated.Message, []));
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            await FailAsync(id, progress, Interrupted);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogRunFailed(logger, id, e);
            await FailAsync(id, progress, new CrimeImportProblem(
                "crime-import-error", "The import stopped on an unexpected error; nothing was imported. Upload the files again, or ask the service's operators to look at its log.", []));
        }
        finally
        {
            await beats.CancelAsync();
            await heartbeat;
            foreach (var file in files)
            {
                File.Delete(file.Path);
            }

            running.TryRemove(id, out _);
        }
    }

    /// <summary>What a run whose replica stopped working on it reads as.</summary>
    public static readonly CrimeImportProblem Interrupted = new(
        "crime-import-interrupted", "The service stopped before the import finished; nothing was imported. Upload the files again.", []);

    private async Task BeatAsync(Guid id, LiveProgress progress, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.Value.HeartbeatInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var (read, rejected) = progress.Current;
                var now = clock.GetUtcNow();
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PlansDbContext>();
                await db.CrimeImportRuns.Where(r => r.Id == id && r.Status == CrimeImportRun.Running).ExecuteUpdateAsync(
                    set => set.SetProperty(r => r.RowsRead, read).SetProperty(r => r.RowsRejected, rejected).SetProperty(r => r.HeartbeatAt, now),
                    cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is DbUpdateException or Npgsql.NpgsqlException or InvalidOperationException)
        {
            LogHeartbeatFailed(logger, id, e); // the heartbeat stops; a poller reads the run as failed once it is stale
        }
    }

    private async Task FailAsync(Guid id, LiveProgress progress, CrimeImportProblem problem)
    {
        try
        {
            var (read, rejected) = progress.Current;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlansDbContext>();
            var run = await db.CrimeImportRuns.SingleAsync(r => r.Id == id, CancellationToken.None);
            run.Fail(problem, read, Math.Max(rejected, problem.Errors.Select(e => (e.File, e.Line)).Distinct().Count()), clock.GetUtcNow());
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is DbUpdateException or Npgsql.NpgsqlException or InvalidOperationException)
        {
            LogRunFailed(logger, id, e); // left running without a heartbeat: it reads as failed once stale
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs still going are cancelled and marked failed: their rows were never committed.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        await Task.WhenAll(running.Values).WaitAsync(cancellationToken);
    }

    public void Dispose() => stopping.Dispose();

    [LoggerMessage(Level = LogLevel.Error, Message = "Crime import run {RunId} failed")]
    private static partial void LogRunFailed(ILogger logger, Guid runId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Crime import run {RunId}: heartbeat stopped")]
    private static partial void LogHeartbeatFailed(ILogger logger, Guid runId, Exception exception);

    /// <summary>The latest counts, written by the importing thread and read by the heartbeat.</summary>
    private sealed class LiveProgress
    {
        private long read;
        private long rejected;

        public (long Read, long Rejected) Current => (Interlocked.Read(ref read), Interlocked.Read(ref rejected));

        public void Report(RowProgress progress)
        {
            Interlocked.Exchange(ref read, progress.Read);
            Interlocked.Exchange(ref rejected, progress.Rejected);
        }
    }
}
