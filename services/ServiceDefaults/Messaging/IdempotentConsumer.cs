using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// A consumer that applies each MessageId once. It records <c>(message_id, consumer)</c> in <c>inbox_messages</c> and
/// runs <see cref="HandleAsync"/> and <c>SaveChanges</c> in the same transaction: a redelivery finds the row and is
/// acknowledged without running the handler. A concurrent duplicate waits on the row's key until the first commits
/// (then it skips) or rolls back (then it applies), so no interleaving applies a message twice.
/// </summary>
public abstract partial class IdempotentConsumer<TMessage, TDbContext>(TDbContext dbContext) : IConsumer<TMessage>
    where TMessage : class
    where TDbContext : DbContext
{
    protected TDbContext DbContext => dbContext;

    /// <summary>The inbox key's second half. Stable across releases: renaming it would re-apply remembered messages.</summary>
    protected virtual string ConsumerName => GetType().Name;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{ConsumerName} needs a MessageId to de-duplicate on.");

        var strategy = dbContext.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(
            (Consumer: this, Context: context, MessageId: messageId),
            static (_, state, cancellationToken) => state.Consumer.ApplyOnceAsync(state.Context, state.MessageId, cancellationToken),
            verifySucceeded: null,
            context.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies the message to the service's state. Changes are saved by the caller, in the inbox transaction.</summary>
    protected abstract Task HandleAsync(TMessage message, ConsumeContext<TMessage> context, CancellationToken cancellationToken);

    private async Task<bool> ApplyOnceAsync(ConsumeContext<TMessage> context, Guid messageId, CancellationToken cancellationToken)
    {
        dbContext.ChangeTracker.Clear();
        // A failure anywhere abandons the whole transaction, so SaveChanges' savepoint would only cost two round trips.
        dbContext.Database.AutoSavepointsEnabled = false;
        await using var transaction = await dbContext.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var consumer = ConsumerName;
        var firstDelivery = await dbContext.Database.ExecuteSqlAsync(
            $"INSERT INTO inbox_messages (message_id, consumer) VALUES ({messageId}, {consumer}) ON CONFLICT DO NOTHING",
            cancellationToken).ConfigureAwait(false) == 1;
        if (!firstDelivery)
        {
            LogDuplicateSkipped(LogContext.Current?.Logger ?? NullLogger.Instance, messageId, consumer);
            return false;
        }

        await HandleAsync(context.Message, context, cancellationToken).ConfigureAwait(false);
        await dbContext.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped message {MessageId}: {Consumer} has already applied it")]
    private static partial void LogDuplicateSkipped(ILogger logger, Guid messageId, string consumer);
}
