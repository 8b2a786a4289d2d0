using System.Text;
using RabbitMQ.Client;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// A test consumer on the broker itself: a queue bound to an event's exchange before anything is published (MassTransit
/// declares exchanges as durable fanouts on first publish; declaring it the same way first is harmless), read with
/// basic.get so the test sees exactly what left the service.
/// </summary>
public sealed class ExchangeTap : IAsyncDisposable
{
    private readonly IConnection connection;
    private readonly IChannel channel;
    private readonly string queue;

    private ExchangeTap(IConnection connection, IChannel channel, string queue)
    {
        this.connection = connection;
        this.channel = channel;
        this.queue = queue;
    }

    public static async Task<ExchangeTap> BindAsync(Uri broker, string exchange)
    {
        var connection = await new ConnectionFactory { Uri = broker }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        var queue = (await channel.QueueDeclareAsync($"test-tap-{exchange}", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await channel.QueueBindAsync(queue, exchange, routingKey: "");
        return new ExchangeTap(connection, channel, queue);
    }

    /// <summary>Every message that arrives within <paramref name="within"/>, as text (MassTransit's JSON envelope).</summary>
    public async Task<IReadOnlyList<string>> CollectAsync(TimeSpan within)
    {
        var messages = new List<string>();
        var until = DateTime.UtcNow + within;
        while (DateTime.UtcNow < until)
        {
            if (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
            {
                messages.Add(Encoding.UTF8.GetString(message.Body.Span));
            }
            else
            {
                await Task.Delay(100);
            }
        }

        return messages;
    }

    /// <summary>The first message to arrive, or null after <paramref name="timeout"/>.</summary>
    public async Task<string?> FirstAsync(TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
            {
                return Encoding.UTF8.GetString(message.Body.Span);
            }

            await Task.Delay(100);
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        await channel.DisposeAsync();
        await connection.DisposeAsync();
    }
}
