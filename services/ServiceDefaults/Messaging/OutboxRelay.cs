using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// Publishes committed outbox rows: woken by the commit interceptor, polling only as a fallback. Any number of replicas
/// may run it over the same table. Rows that fail are retried with exponential backoff and dead-lettered after
/// <see cref="OutboxRelayOptions.MaxAttempts"/>; a broker outage pauses the relay instead and costs no row an attempt.
/// </summary>
internal sealed partial class OutboxRelay(
    OutboxStore store,
    OutboxPublisher publisher,
    OutboxSignal signal,
    BusReadyGate busReady,
    OutboxDiagnostics diagnostics,
    IOptions<MessagingOptions> options,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    private const int MaxErrorLength = 2_000;
    private readonly OutageBackoff outage = new();

    private OutboxRelayOptions Settings => options.Value.Outbox;

    private enum Pass
    {
        Idle,
        MoreDue,
        Unavailable,
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Each publish continues the trace of the request that wrote the row, never the host's start-up activity.
        Activity.Current = null;
        try
        {
            await busReady.WaitAsync(stoppingToken).ConfigureAwait(false);
            MessageTypeRegistry.ScanApplicationAssemblies();
            await Task.WhenAll(RelayAsync(stoppingToken), HousekeepAsync(stoppingToken)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// Starts a pass on every wake-up (a commit, the fallback poll, or a pass that left more due) with up to
    /// <see cref="OutboxRelayOptions.MaxConcurrentBatches"/> in flight: a commit arriving while a batch awaits its broker
    /// confirms is claimed at once instead of queueing behind it. SKIP LOCKED keeps concurrent passes on disjoint rows.
    /// </summary>
    private async Task RelayAsync(CancellationToken stoppingToken)
    {
        using var lanes = new SemaphoreSlim(Settings.MaxConcurrentBatches);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await lanes.WaitAsync(stoppingToken).ConfigureAwait(false);
                _ = RunPassAsync(lanes, stoppingToken);
                await signal.WaitAsync(Settings.PollInterval, stoppingToken).ConfigureAwait(false);
                await outage.WaitAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        finally
        {
            for (var lane = 0; lane < Settings.MaxConcurrentBatches; lane++)
            {
                await lanes.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task RunPassAsync(SemaphoreSlim lanes, CancellationToken stoppingToken)
    {
        try
        {
            var pass = await RelayBatchAsync(stoppingToken).ConfigureAwait(false);
            outage.Record(pass == Pass.Unavailable, Settings.MaxOutageBackoff);
            if (pass == Pass.MoreDue)
            {
                signal.Notify();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            lanes.Release();
        }
    }

    private async Task<Pass> RelayBatchAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var batch = await ClaimUntracedAsync(cancellationToken).ConfigureAwait(false);
            if (batch.Rows.Count == 0)
            {
                return Pass.Idle;
            }

            var outcomes = await Task.WhenAll(batch.Rows.Select(row => publisher.PublishAsync(row, cancellationToken)))
                .ConfigureAwait(false);
            var dispatched = outcomes.Where(o => o.Result == PublishResult.Published).Select(o => o.Row.Id).ToList();
            var failures = outcomes.Where(o => o.Result == PublishResult.Failed).Select(ToFailure).ToList();
            using (Untraced())
            {
                await batch.CompleteAsync(dispatched, failures, cancellationToken).ConfigureAwait(false);
            }

            diagnostics.Published(dispatched.Count);
            foreach (var (outcome, failure) in outcomes.Where(o => o.Result == PublishResult.Failed).Zip(failures))
            {
                Report(outcome, failure);
            }

            if (outcomes.FirstOrDefault(o => o.Result == PublishResult.BrokerUnavailable) is { } unavailable)
            {
                LogBrokerUnavailable(logger, outcomes.Count(o => o.Result == PublishResult.BrokerUnavailable), unavailable.Error);
                return Pass.Unavailable;
            }

            return batch.Rows.Count == Settings.BatchSize ? Pass.MoreDue : Pass.Idle;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogPassFailed(logger, exception);
            return Pass.Unavailable;
        }
    }

    private async Task<OutboxBatch> ClaimUntracedAsync(CancellationToken cancellationToken)
    {
        using var untraced = Untraced();
        return await store.ClaimAsync(Settings.BatchSize, cancellationToken).ConfigureAwait(false);
    }

    private OutboxRowFailure ToFailure(PublishOutcome outcome)
    {
        var attempts = outcome.Row.Attempts + 1;
        var error = $"{outcome.Error!.GetType().Name}: {outcome.Error.Message}";
        return new OutboxRowFailure(
            outcome.Row.Id,
            attempts,
            error.Length > MaxErrorLength ? error[..MaxErrorLength] : error,
            BackoffAfter(attempts),
            DeadLettered: attempts >= Settings.MaxAttempts);
    }

    /// <summary>Exponential, capped, with ±20 % jitter so rows that failed together do not retry in lockstep.</summary>
    private TimeSpan BackoffAfter(int attempts)
    {
        var exponential = Settings.InitialBackoff * Math.Pow(2, Math.Min(attempts - 1, 30));
        return Min(exponential, Settings.MaxBackoff) * (0.8 + (0.4 * Random.Shared.NextDouble()));
    }

    private void Report(PublishOutcome outcome, OutboxRowFailure failure)
    {
        diagnostics.FailedAttempt();
        if (failure.DeadLettered)
        {
            diagnostics.DeadLettered();
            LogDeadLettered(logger, failure.Id, outcome.Row.MessageType, failure.Attempts, outcome.Error);
        }
        else
        {
            LogPublishFailed(logger, failure.Id, outcome.Row.MessageType, failure.Attempts, outcome.Error);
        }
    }

    /// <summary>
    /// Refreshes the gauges and deletes expired rows, on its own schedule: a relay pass stuck on an unreachable broker
    /// must not freeze the pending and age gauges, which matter most exactly then.
    /// </summary>
    private async Task HousekeepAsync(CancellationToken stoppingToken)
    {
        using var untraced = Untraced();
        using var timer = new PeriodicTimer(Min(Settings.StatisticsInterval, Settings.CleanupInterval));
        var nextCleanupAt = Stopwatch.GetTimestamp();
        do
        {
            try
            {
                diagnostics.Update(await store.ReadStatisticsAsync(stoppingToken).ConfigureAwait(false));
                if (Stopwatch.GetTimestamp() >= nextCleanupAt)
                {
                    nextCleanupAt = Stopwatch.GetTimestamp() + (long)(Settings.CleanupInterval.TotalSeconds * Stopwatch.Frequency);
                    var deleted = await store.DeleteExpiredAsync(Settings.DispatchedRetention, Settings.InboxRetention, stoppingToken)
                        .ConfigureAwait(false);
                    LogCleanedUp(logger, deleted);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogHousekeepingFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The relay's own queries run every poll with no request behind them: as root spans they would bury the real traces.
    /// Publishing stays traced, under the trace of the request that wrote the row.
    /// </summary>
    private static IDisposable Untraced() => SuppressInstrumentationScope.Begin();

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({MessageType}) failed to publish on attempt {Attempt}; retrying later")]
    private static partial void LogPublishFailed(ILogger logger, Guid messageId, string messageType, int attempt, Exception? exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} ({MessageType}) dead-lettered after {Attempts} attempts")]
    private static partial void LogDeadLettered(ILogger logger, Guid messageId, string messageType, int attempts, Exception? exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Broker unavailable: {Count} outbox messages stay pending, relay pausing")]
    private static partial void LogBrokerUnavailable(ILogger logger, int count, Exception? exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay pass failed; relay pausing")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox cleanup deleted {Count} expired rows")]
    private static partial void LogCleanedUp(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox housekeeping failed")]
    private static partial void LogHousekeepingFailed(ILogger logger, Exception exception);
}
