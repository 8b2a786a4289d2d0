using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// <see cref="IdempotentConsumer{TMessage, TDbContext}"/> for high-volume events: up to a batch of messages share one
/// transaction, one inbox statement and one handler call, so a consumer that would otherwise commit once per event
/// (about a thousand a second on a small machine) applies several thousand. Each message is still applied once: the
/// inbox rows are inserted in message-id order (so two overlapping batches cannot deadlock) and only the messages
/// whose row was new reach <see cref="HandleAsync"/>. Register with
/// <see cref="IdempotentBatchConsumerRegistration.AddIdempotentBatchConsumer{TConsumer, TMessage}"/>.
/// </summary>
public abstract partial class IdempotentBatchConsumer<TMessage, TDbContext>(TDbContext dbContext) : IConsumer<Batch<TMessage>>
    where TMessage : class
    where TDbContext : DbContext
{
    protected TDbContext DbContext => dbContext;

    /// <summary>The inbox key's second half. Stable across releases: renaming it would re-apply remembered messages.</summary>
    protected virtual string ConsumerName => GetType().Name;

    public async Task Consume(ConsumeContext<Batch<TMessage>> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var strategy = dbContext.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(
            (Consumer: this, Batch: context.Message),
            static (_, state, cancellationToken) => state.Consumer.ApplyOnceAsync(state.Batch, cancellationToken),
            verifySucceeded: null,
            context.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies the messages seen for the first time; changes are saved by the caller, in the inbox transaction.</summary>
    protected abstract Task HandleAsync(IReadOnlyList<ConsumeContext<TMessage>> firstDeliveries, CancellationToken cancellationToken);

    private async Task<bool> ApplyOnceAsync(Batch<TMessage> batch, CancellationToken cancellationToken)
    {
        var messageIds = batch
            .Select(message => message.MessageId ?? throw new InvalidOperationException($"{ConsumerName} needs a MessageId to de-duplicate on."))
            .Distinct()
            .Order()
            .ToArray();

        dbContext.ChangeTracker.Clear();
        dbContext.Database.AutoSavepointsEnabled = false;
        await using var transaction = await dbContext.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var consumer = ConsumerName;
        var fresh = (await dbContext.Database.SqlQuery<Guid>(
                $"""
                INSERT INTO inbox_messages (message_id, consumer)
                SELECT id, {consumer} FROM unnest({messageIds}::uuid[]) AS id ORDER BY id
                ON CONFLICT DO NOTHING
                RETURNING message_id AS "Value"
                """)
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();

        var firstDeliveries = batch.Where(message => fresh.Remove(message.MessageId!.Value)).ToList();
        if (firstDeliveries.Count < batch.Length)
        {
            LogDuplicatesSkipped(LogContext.Current?.Logger ?? NullLogger.Instance, batch.Length - firstDeliveries.Count, consumer);
        }

        if (firstDeliveries.Count > 0)
        {
            await HandleAsync(firstDeliveries, cancellationToken).ConfigureAwait(false);
            await dbContext.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped {Count} messages in a batch: {Consumer} has already applied them")]
    private static partial void LogDuplicatesSkipped(ILogger logger, int count, string consumer);
}

public static class IdempotentBatchConsumerRegistration
{
    /// <summary>Up to this many messages share a transaction; a batch waits at most <see cref="BatchWait"/> to fill.</summary>
    public const int BatchSize = 100;

    public static readonly TimeSpan BatchWait = TimeSpan.FromMilliseconds(10);

    /// <summary>Registers a batch consumer on its own endpoint, prefetching enough to fill two batches at once.</summary>
    public static IBusRegistrationConfigurator AddIdempotentBatchConsumer<TConsumer, TMessage>(this IBusRegistrationConfigurator bus)
        where TConsumer : class, IConsumer<Batch<TMessage>>
        where TMessage : class
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddConsumer<TConsumer>(consumer => consumer.Options<BatchOptions>(options => options
                .SetMessageLimit(BatchSize)
                .SetTimeLimit(BatchWait)
                .SetConcurrencyLimit(2)))
            .Endpoint(endpoint =>
            {
                endpoint.PrefetchCount = BatchSize * 2;
                endpoint.ConcurrentMessageLimit = BatchSize * 2;
            });
        return bus;
    }
}
