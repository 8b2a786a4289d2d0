using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Prevent.Api.Referrals.SubmitReferral;

/// <summary>
/// The AMQP door for partner systems that are not .NET: any AMQP 0-9-1 client publishes plain JSON to the durable
/// queue <see cref="QueueName"/> on the service's virtual host. A message is acknowledged once it is either a
/// referral or a stored rejection; if neither could be saved it is returned to the queue. Up to
/// <see cref="ConcurrentMessages"/> messages are handled at once, so duplicates of one referral can race; the intake's
/// unique (agency, key) index settles the race.
/// </summary>
public sealed partial class AmqpReferralListener(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<AmqpReferralListener> logger)
    : BackgroundService
{
    public const string QueueName = "prevent.partner-referrals";

    public const ushort ConcurrentMessages = 8;

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

    private async Task ConsumeAsync(Uri uri, CancellationToken stoppingToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = uri, ClientProvidedName = "prevent-partner-referrals", AutomaticRecoveryEnabled = false, ConsumerDispatchConcurrency = ConcurrentMessages,
        };
        await using var connection = await factory.CreateConnectionAsync(stoppingToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: stoppingToken);
        await channel.QueueDeclareAsync(QueueName, durable: true, exclusive: false, autoDelete: false, cancellationToken: stoppingToken);
        await channel.BasicQosAsync(0, ConcurrentMessages * 2, false, stoppingToken);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<PartnerMessageDoor>()
                    .HandleAsync(Encoding.UTF8.GetString(delivery.Body.Span), stoppingToken);
                await channel.BasicAckAsync(delivery.DeliveryTag, false, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogNotStored(logger, e);
                await channel.BasicNackAsync(delivery.DeliveryTag, false, requeue: true, stoppingToken);
            }
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Partner referral queue unavailable; retrying")]
    private static partial void LogBrokerUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A partner referral could neither be received nor stored as rejected; returned to the queue")]
    private static partial void LogNotStored(ILogger logger, Exception exception);
}
