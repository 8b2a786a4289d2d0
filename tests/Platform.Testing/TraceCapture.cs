using System.Collections.Concurrent;
using System.Diagnostics;

namespace Platform.Testing;

/// <summary>
/// Records every activity of every source in this process when it stops, so end-to-end tests can assert that the
/// gateway, services, broker and database spans share one trace id. Listening also makes every source sample,
/// so spans exist even without an OpenTelemetry exporter. Dispose to stop listening.
/// </summary>
public sealed class TraceCapture : IDisposable
{
    private readonly ConcurrentQueue<CapturedActivity> stopped = new();
    private readonly ActivityListener listener;

    public TraceCapture()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => stopped.Enqueue(CapturedActivity.From(activity)),
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>Stopped activities so far, in the order they stopped (other tests' activities included).</summary>
    public IReadOnlyList<CapturedActivity> Activities => [.. stopped];

    public IReadOnlyList<CapturedActivity> InTrace(ActivityTraceId traceId) =>
        [.. stopped.Where(activity => activity.TraceId == traceId)];

    /// <summary>Waits until an activity that matches has stopped (consumers finish after the request returns).</summary>
    public async Task<CapturedActivity> WaitForAsync(Func<CapturedActivity, bool> match, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        using var expiry = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var found = stopped.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            try
            {
                await Task.Delay(50, expiry.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException(
                    $"No matching activity stopped in time. Captured:{Environment.NewLine}{string.Join(Environment.NewLine, stopped)}");
            }
        }
    }

    public void Dispose() => listener.Dispose();
}
