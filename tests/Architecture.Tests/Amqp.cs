using System.Text;
using RabbitMQ.Client;

namespace Architecture.Tests;

internal static class Amqp
{
    /// <summary>Declares a durable queue and publishes a persistent message to it, waiting for the broker's confirm.</summary>
    public static async Task PublishAsync(Uri uri, string queue, string text)
    {
        await using var connection = await new ConnectionFactory { Uri = uri }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        await channel.BasicPublishAsync("", queue, mandatory: true, new BasicProperties { Persistent = true }, Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Takes one message from the queue (declaring it if needed); null when it is empty.</summary>
    public static async Task<string?> GetAsync(Uri uri, string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = uri }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        var message = await channel.BasicGetAsync(queue, autoAck: true);
        return message is null ? null : Encoding.UTF8.GetString(message.Body.Span);
    }
}
