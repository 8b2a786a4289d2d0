using System.Diagnostics;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// Pauses the relay while the broker or database is unreachable: the pause doubles from 100 ms with every failed
/// pass up to a cap, and ends with the first pass that gets through.
/// </summary>
internal sealed class OutageBackoff
{
    private static readonly TimeSpan First = TimeSpan.FromMilliseconds(100);
    private readonly Lock gate = new();
    private TimeSpan pause = TimeSpan.Zero;
    private long resumeAt;

    public void Record(bool unavailable, TimeSpan maxPause)
    {
        lock (gate)
        {
            if (!unavailable)
            {
                pause = TimeSpan.Zero;
                resumeAt = 0;
                return;
            }

            var doubled = pause * 2;
            pause = doubled < First ? First : doubled > maxPause ? maxPause : doubled;
            resumeAt = Stopwatch.GetTimestamp() + (long)(pause.TotalSeconds * Stopwatch.Frequency);
        }
    }

    public Task WaitAsync(CancellationToken cancellationToken)
    {
        long remaining;
        lock (gate)
        {
            remaining = resumeAt - Stopwatch.GetTimestamp();
        }

        return remaining > 0
            ? Task.Delay(TimeSpan.FromSeconds((double)remaining / Stopwatch.Frequency), cancellationToken)
            : Task.CompletedTask;
    }
}
