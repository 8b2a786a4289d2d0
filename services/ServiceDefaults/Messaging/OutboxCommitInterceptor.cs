using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// Signals the relay as soon as a transaction that wrote outbox rows commits: after <c>SaveChanges</c> when it ran
/// without a caller's transaction, otherwise when the caller's transaction commits.
/// </summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SignalIfCommitted(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SignalIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        SignalIfMarked(eventData.Context);

    public Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SignalIfMarked(eventData.Context);
        return Task.CompletedTask;
    }

    private void SignalIfCommitted(DbContext? context)
    {
        if (context is { Database.CurrentTransaction: null })
        {
            SignalIfMarked(context);
        }
    }

    private void SignalIfMarked(DbContext? context)
    {
        if (context is not null && OutboxDbContextExtensions.TakeNewOutboxRowsMark(context))
        {
            signal.Notify();
        }
    }
}
