using System.Threading.Channels;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>Wakes the relay when outbox rows were committed, so the happy path never waits for a poll.</summary>
public sealed class OutboxSignal
{
    // One slot: any number of commits while the relay is busy coalesce into one more pass.
    private readonly Channel<bool> pending = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Notify() => pending.Writer.TryWrite(true);

    /// <summary>Waits for a notification or the timeout, whichever comes first; true if notified.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (pending.Reader.TryRead(out _))
        {
            return true;
        }

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await pending.Reader.WaitToReadAsync(timeoutSource.Token).ConfigureAwait(false);
            return pending.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
