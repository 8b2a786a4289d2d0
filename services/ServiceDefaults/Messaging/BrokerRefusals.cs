using System.Collections.Concurrent;
using MassTransit;
using BrokerPublishException = RabbitMQ.Client.Exceptions.PublishException;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// Remembers which messages the broker refused (a publisher-confirm nack, e.g. a full queue with reject-publish).
/// MassTransit 8.5 reports a nack as a connection failure and retries the publish until the relay's timeout, so the
/// relay would see only a timeout and never count the refusal against the row; with this it can tell the two apart.
/// </summary>
internal sealed class BrokerRefusals : ISendObserver
{
    private readonly ConcurrentDictionary<Guid, Exception> refusals = new();

    public bool TryTake(Guid messageId, out Exception refusal) => refusals.TryRemove(messageId, out refusal!);

    public Task SendFault<T>(SendContext<T> context, Exception exception)
        where T : class
    {
        if (context.MessageId is { } messageId && RefusalIn(exception) is { } refusal)
        {
            refusals[messageId] = refusal;
        }

        return Task.CompletedTask;
    }

    public Task PostSend<T>(SendContext<T> context)
        where T : class
    {
        if (context.MessageId is { } messageId)
        {
            refusals.TryRemove(messageId, out _);
        }

        return Task.CompletedTask;
    }

    public Task PreSend<T>(SendContext<T> context)
        where T : class => Task.CompletedTask;

    private static BrokerPublishException? RefusalIn(Exception? exception) =>
        exception switch
        {
            null => null,
            BrokerPublishException refusal => refusal,
            _ => RefusalIn(exception.InnerException),
        };
}
