using System.Diagnostics;
using System.Net.Sockets;
using System.Text.Json;
using MassTransit;
using MassTransit.Serialization;
using Microsoft.Extensions.Options;
using RabbitMQ.Client.Exceptions;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>Publishes one stored row as the event it was written from, with its MessageId and its writer's trace.</summary>
internal sealed class OutboxPublisher(IBus bus, BrokerRefusals refusals, IOptions<MessagingOptions> options)
{
    public async Task<PublishOutcome> PublishAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        try
        {
            var messageType = MessageTypeRegistry.Resolve(row.MessageType)
                ?? throw new InvalidOperationException($"No integration event type is registered for wire type {row.MessageType}.");
            var message = JsonSerializer.Deserialize(row.Payload, messageType, SystemTextJsonMessageSerializer.Options)
                ?? throw new JsonException("The stored payload is null.");
            var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(row.Headers) ?? [];

            using var activity = OutboxDiagnostics.ActivitySource.StartActivity(
                $"outbox publish {row.MessageType}", ActivityKind.Internal, TraceHeaders.ParentOf(headers));
            activity?.SetTag("messaging.message.id", row.Id.ToString());
            activity?.SetTag("outbox.attempt", row.Attempts + 1);

            // The token alone is not enough: while MassTransit re-establishes its connection a publish can ignore it, and a
            // relay waiting on it forever would stop publishing altogether. A publish that completes after the timeout is
            // sent twice at worst, which consumers absorb.
            var publishTimeout = options.Value.Outbox.PublishTimeout;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(publishTimeout);
            using var refusal = refusals.WatchFor(row.Id);
            var publish = bus.Publish(message, messageType, Pipe.Execute<PublishContext>(context =>
            {
                context.MessageId = row.Id;
                foreach (var (name, value) in headers)
                {
                    // With a listener MassTransit writes the trace headers of its own span, a child of the activity above.
                    if (activity is null || name is not (TraceHeaders.TraceParent or TraceHeaders.TraceState))
                    {
                        context.Headers.Set(name, value);
                    }
                }
            }), timeout.Token).WaitAsync(publishTimeout, cancellationToken);
            if (await Task.WhenAny(publish, refusal.Refused).ConfigureAwait(false) == refusal.Refused)
            {
                await timeout.CancelAsync().ConfigureAwait(false); // stop MassTransit retrying what the broker refused
                return new PublishOutcome(row, PublishResult.Failed, await refusal.Refused.ConfigureAwait(false));
            }

            await publish.ConfigureAwait(false);
            return new PublishOutcome(row, PublishResult.Published, null);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var result = IsBrokerUnavailable(exception) ? PublishResult.BrokerUnavailable : PublishResult.Failed;
            return new PublishOutcome(row, result, exception);
        }
    }

    /// <summary>Failures of the connection rather than of the row: they say nothing about the row and never dead-letter it.</summary>
    private static bool IsBrokerUnavailable(Exception exception) =>
        exception switch
        {
            OperationCanceledException or TimeoutException or ConnectionException or TransportUnavailableException
                or BrokerUnreachableException or AlreadyClosedException or ConnectFailureException or SocketException => true,
            AggregateException aggregate => aggregate.InnerExceptions.Any(IsBrokerUnavailable),
            _ => exception.InnerException is { } inner && IsBrokerUnavailable(inner),
        };
}

internal enum PublishResult
{
    Published,
    Failed,
    BrokerUnavailable,
}

internal sealed record PublishOutcome(OutboxRow Row, PublishResult Result, Exception? Error);
