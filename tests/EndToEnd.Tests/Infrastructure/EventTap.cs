using System.Collections.Concurrent;
using System.Text;
using Platform.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// A test subscriber: a plain AMQP queue bound to an event's exchange, as any subscriber would bind one, collecting the
/// raw bodies (MassTransit's JSON envelope) that arrive from the publishing service's outbox relay. The exchange is declared as MassTransit declares it (fanout,
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

    /// <summary>The first matching body to arrive; fails the test if none arrives within <paramref name="timeout"/> (10 s).</summary>
    public async Task<string> WaitForAsync(Func<string, bool> match, TimeSpan? timeout = null)
    {
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(bodies.Any(match)), timeout), "the event never reached the exchange");
        return bodies.First(match);
    }

    /// <summary>How many matching bodies have arrived once <paramref name="quiet"/> has passed, time enough for a duplicate.</summary>
    public async Task<int> CountAfterAsync(TimeSpan quiet, Func<string, bool> match)
    {
        await Task.Delay(quiet);
        return Count(match);
    }

    public async ValueTask DisposeAsync()
    {
        await channel.DisposeAsync();
        await connection.DisposeAsync();
    }
}
