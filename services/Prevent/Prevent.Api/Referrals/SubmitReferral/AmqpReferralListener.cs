using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Messaging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace Prevent.Api.Referrals.SubmitReferral;

/// <summary>
/// The AMQP door for partner systems that are not .NET: any AMQP 0-9-1 client publishes plain JSON to the exchange
/// <see cref="ExchangeName"/> on the service's virtual host as its own RabbitMQ user, with user_id set to that user
/// (RabbitMQ refuses any other), and the durable quorum queue <see cref="QueueName"/> holds it. A
/// message is acknowledged once it is either a referral or a stored rejection. While the database is unreachable the
/// message is held and tried again, never returned to the queue to loop; a message that fails for any other reason
/// is tried <see cref="Attempts"/> times and then parked in <see cref="ParkingQueueName"/> with the reason in its
/// headers (decision 0023). A message the service dies while handling is parked by the broker after
/// <see cref="DeliveryLimit"/> deliveries. Up to <see cref="ConcurrentMessages"/> messages are handled at once, so
/// duplicates of one referral can race; the intake's unique (agency, key) index settles the race.
/// </summary>
public sealed partial class AmqpReferralListener(
    IServiceScopeFactory scopes, IConfiguration configuration, ParkedMessages parked, TimeProvider clock, ILogger<AmqpReferralListener> logger)
    : BackgroundService
{
    public const string QueueName = "prevent.partner-referrals";

    /// <summary>
    /// Where partners publish: a fanout exchange to <see cref="QueueName"/>. A partner's RabbitMQ user may write to
    /// it and nothing else (not the default exchange, which reaches every queue of the virtual host).
    /// </summary>
    public const string ExchangeName = QueueName;

    public const string ParkingQueueName = QueueName + ".parked";

    /// <summary>
    /// A fanout exchange to <see cref="ParkingQueueName"/>, the intake queue's dead-letter exchange and where the
    /// listener parks: the service's user may not write to the default exchange (decision 0024).
    /// </summary>
    public const string ParkingExchangeName = ParkingQueueName;

    /// <summary>
    /// Messages handled at once: each spends most of its time waiting for the group commit it joined (decision 0012),
    /// so the more in flight, the fuller each batch. With 8 a batch held at most 8 and the door ran at about a tenth
    /// of the durable-write limit.
    /// </summary>
    public const ushort ConcurrentMessages = 32;

    /// <summary>Tries of a message that fails for a reason other than the database being unreachable.</summary>
    public const int Attempts = 3;

    /// <summary>
    /// Deliveries after which the broker parks a message (quorum queue <c>x-delivery-limit</c>): only a message the
    /// service never finished with (it stopped or crashed while handling it) is delivered again; held generously so
    /// broker and service restarts do not park a good message.
    /// </summary>
    public const int DeliveryLimit = 20;

    private static readonly TimeSpan MaxOutagePause = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var uri = new Uri(configuration.GetConnectionString("rabbitmq") ?? throw new InvalidOperationException("ConnectionStrings:rabbitmq is not set."));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ConsumeAsync(uri, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogBrokerUnavailable(logger, e);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    /// <summary>
    /// The intake exchange and queue and the parking queue: both queues quorum (replicated, and what gives the
    /// delivery limit).
    /// </summary>
    /// <returns>False when the intake queue exists from before decision 0023 as a classic queue, without the limit.</returns>
    public static async Task<bool> DeclareQueuesAsync(IConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var limited = true;
        await using (var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken))
        {
            await channel.QueueDeclareAsync(ParkingQueueName, durable: true, exclusive: false, autoDelete: false,
                new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancellationToken);
            await channel.ExchangeDeclareAsync(ParkingExchangeName, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
            await channel.QueueBindAsync(ParkingQueueName, ParkingExchangeName, routingKey: "", cancellationToken: cancellationToken);
            try
            {
                await channel.QueueDeclareAsync(QueueName, durable: true, exclusive: false, autoDelete: false,
                    new Dictionary<string, object?>
                    {
                        ["x-queue-type"] = "quorum",
                        ["x-delivery-limit"] = DeliveryLimit,
                        ["x-dead-letter-exchange"] = ParkingExchangeName,
                    },
                    cancellationToken: cancellationToken);
            }
            catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == Constants.PreconditionFailed)
            {
                limited = false; // a queue's type cannot change in place; the channel is closed by the refusal
            }
        }

        await using var binding = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await binding.ExchangeDeclareAsync(ExchangeName, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await binding.QueueBindAsync(QueueName, ExchangeName, routingKey: "", cancellationToken: cancellationToken);
        return limited;
    }

    private async Task ConsumeAsync(Uri uri, CancellationToken stoppingToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = uri, ClientProvidedName = "prevent-partner-referrals", AutomaticRecoveryEnabled = false, ConsumerDispatchConcurrency = ConcurrentMessages,
        };
        await using var connection = await factory.CreateConnectionAsync(stoppingToken);
        if (!await DeclareQueuesAsync(connection, stoppingToken))
        {
            // Consumed as it is until an operator deletes it while empty (README runbook).
            LogQueueWithoutDeliveryLimit(logger, QueueName);
        }

        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), stoppingToken);
        await channel.BasicQosAsync(0, ConcurrentMessages * 2, false, stoppingToken);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            var message = new PartnerDelivery(delivery.Body.ToArray(), delivery.BasicProperties.UserId);
            if (await HandleAsync(message, stoppingToken) is { } failure)
            {
                await ParkAsync(channel, delivery, failure, stoppingToken);
            }

            await channel.BasicAckAsync(delivery.DeliveryTag, false, stoppingToken);
        };
        await channel.BasicConsumeAsync(QueueName, autoAck: false, consumer, stoppingToken);
        var closed = new TaskCompletionSource();
        connection.ConnectionShutdownAsync += (_, _) =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        await closed.Task.WaitAsync(stoppingToken);
    }

    /// <returns>Null when the message became a referral or a stored rejection; else why it could not.</returns>
    private async Task<Exception?> HandleAsync(PartnerDelivery message, CancellationToken stoppingToken)
    {
        var failures = 0;
        var pause = TimeSpan.FromMilliseconds(250);
        var outageLogged = false;
        while (true)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<PartnerMessageDoor>().HandleAsync(message, stoppingToken);
                if (outageLogged)
                {
                    LogDatabaseBack(logger);
                }

                return null;
            }
            catch (Exception e) when (e is not OperationCanceledException && TransientFaults.IsTransient(e))
            {
                // Held, not returned: the queue would hand it straight back, hundreds of times a second.
                if (!outageLogged)
                {
                    LogDatabaseUnavailable(logger, e);
                    outageLogged = true;
                }

                await Task.Delay(pause, stoppingToken);
                pause = pause * 2 > MaxOutagePause ? MaxOutagePause : pause * 2;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (++failures >= Attempts)
                {
                    return e;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200 * failures), stoppingToken);
            }
        }
    }

    private async Task ParkAsync(IChannel channel, BasicDeliverEventArgs delivery, Exception failure, CancellationToken stoppingToken)
    {
        var properties = new BasicProperties(delivery.BasicProperties)
        {
            MessageId = delivery.BasicProperties.MessageId ?? Guid.CreateVersion7().ToString(),
            Persistent = true,
            UserId = null,
            Headers = new Dictionary<string, object?>(delivery.BasicProperties.Headers ?? new Dictionary<string, object?>())
            {
                [ParkedMessages.ReasonHeader] = $"Could not be received after {Attempts} tries: {failure.GetType().Name}.",
                [ParkedMessages.ExceptionHeader] = failure.GetType().FullName,
                [ParkedMessages.FromQueueHeader] = QueueName,
                [ParkedMessages.ParkedAtHeader] = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            },
        };

        // RabbitMQ accepts user_id only as the publishing connection's own user, so the partner's goes in a header;
        // a re-drive hands the parked message to the door directly with it.
        properties.Headers[ParkedMessages.PublishedByHeader] = delivery.BasicProperties.UserId;
        await channel.BasicPublishAsync(ParkingExchangeName, "", mandatory: true, properties, delivery.Body, stoppingToken);
        parked.Parked(QueueName, "failed");
        LogParked(logger, properties.MessageId, failure);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Partner referral queue unavailable; retrying")]
    private static partial void LogBrokerUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unreachable: partner referrals are held and tried again until it is back")]
    private static partial void LogDatabaseUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database reachable again: held partner referrals are being received")]
    private static partial void LogDatabaseBack(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "A partner message could neither be received nor stored as rejected; parked as {MessageId}")]
    private static partial void LogParked(ILogger logger, string? messageId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue {Queue} was declared before it became a quorum queue: no delivery limit until it is deleted while empty and the service restarted")]
    private static partial void LogQueueWithoutDeliveryLimit(ILogger logger, string queue);
}
