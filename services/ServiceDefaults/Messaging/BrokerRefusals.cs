using System.Collections.Concurrent;
using MassTransit;
using BrokerPublishException = RabbitMQ.Client.Exceptions.PublishException;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// Tells the relay when the broker refuses a message it is publishing (a publisher-confirm nack, e.g. a full queue with
/// reject-publish). MassTransit 8.5 reports a nack as a connection failure and retries the publish until the relay's
/// timeout, so without this the relay would see only a timeout, count it as an outage and never dead-letter the row.
/// </summary>
internal sealed class BrokerRefusals : IPublishObserver
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<Exception>> watched = new();

    /// <summary>Completes with the broker's refusal if the message is refused while the watch is open.</summary>
    public Watch WatchFor(Guid messageId)
    {
        var refusal = new TaskCompletionSource<Exception>(TaskCreationOptions.RunContinuationsAsynchronously);
        watched[messageId] = refusal;
        return new Watch(this, messageId, refusal.Task);
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class
    {
        if (context.MessageId is { } messageId && RefusalIn(exception) is { } refusal && watched.TryGetValue(messageId, out var watch))
        {
            watch.TrySetResult(refusal);
        }

        return Task.CompletedTask;
    }

    public Task PrePublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    private static BrokerPublishException? RefusalIn(Exception? exception) =>
        exception switch
        {
            null => null,
            BrokerPublishException refusal => refusal,
            _ => RefusalIn(exception.InnerException),
        };

    internal readonly struct Watch(BrokerRefusals owner, Guid messageId, Task<Exception> refused) : IDisposable
    {
        public Task<Exception> Refused => refused;

        public void Dispose() => owner.watched.TryRemove(messageId, out _);
    }
}
