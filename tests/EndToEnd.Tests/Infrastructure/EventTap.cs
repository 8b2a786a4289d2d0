using System.Collections.Concurrent;
using System.Text;
using Platform.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// A plain AMQP queue bound to an event's exchange, as any subscriber would bind one: collects the raw bodies that
/// arrive from the publishing service's outbox relay. The exchange is declared as MassTransit declares it (fanout,
/// durable), so the tap may be opened before the first event is published.
/// </summary>
public sealed class EventTap : IAsyncDisposable
{
    private readonly IConnection connection;
    private readonly IChannel channel;
    private readonly ConcurrentQueue<string> bodies = new();

    private EventTap(IConnection connection, IChannel channel)
    {
        this.connection = connection;
        this.channel = channel;
    }

    public static async Task<EventTap> OpenAsync(Uri broker, string exchange)
    {
        var connection = await new ConnectionFactory { Uri = broker }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        var queue = await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true);
        await channel.QueueBindAsync(queue.QueueName, exchange, "");
        var tap = new EventTap(connection, channel);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            tap.bodies.Enqueue(Encoding.UTF8.GetString(delivery.Body.Span));
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);
        return tap;
    }

    public int Count(Func<string, bool> match) => bodies.Count(match);

    public async Task<string> WaitForAsync(Func<string, bool> match)
    {
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(bodies.Any(match))), "the event never reached the exchange");
        return bodies.First(match);
    }

    public async ValueTask DisposeAsync()
    {
        await channel.DisposeAsync();
        await connection.DisposeAsync();
    }
}
