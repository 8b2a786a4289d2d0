using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// An operator's view of a parking queue (decision 0023): list what is parked, and take one message out to re-drive
/// or delete it. Messages are read with basic.get and returned unacknowledged, so listing changes nothing; sized for
/// the few messages a parking queue should ever hold (<see cref="MaxListed"/>).
/// </summary>
public sealed class ParkedMessageStore(IConfiguration configuration)
{
    public const int MaxListed = 200;

    public async Task<IReadOnlyList<ParkedMessage>> ListAsync(string queue, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var listed = new List<ParkedMessage>();
        try
        {
            while (listed.Count < MaxListed && await channel.BasicGetAsync(queue, autoAck: false, cancellationToken) is { } got)
            {
                listed.Add(ParkedMessage.From(got.BasicProperties, got.Body));
            }
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == Constants.NotFound)
        {
            // Not declared yet: nothing was ever parked.
        }

        return listed; // closing the channel returns them all, unacknowledged
    }

    /// <summary>
    /// Finds the parked message <paramref name="id"/>, hands it to <paramref name="handle"/> and, once that returns,
    /// removes it from the queue; if <paramref name="handle"/> throws, the message stays parked.
    /// </summary>
    /// <returns>False when no such message is parked.</returns>
    public async Task<bool> TakeAsync(string queue, string id, Func<ParkedMessage, Task> handle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handle);
        await using var connection = await ConnectAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        if (!await ExistsAsync(connection, queue, cancellationToken))
        {
            return false;
        }

        for (var seen = 0; seen < MaxListed && await channel.BasicGetAsync(queue, autoAck: false, cancellationToken) is { } got; seen++)
        {
            var message = ParkedMessage.From(got.BasicProperties, got.Body);
            if (message.Id == id)
            {
                await handle(message);
                await channel.BasicAckAsync(got.DeliveryTag, multiple: false, cancellationToken);
                return true;
            }
        }

        return false;
    }

    private static async Task<bool> ExistsAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        try
        {
            await using var probe = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            await probe.QueueDeclarePassiveAsync(queue, cancellationToken);
            return true;
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == Constants.NotFound)
        {
            return false;
        }
    }

    private async Task<IConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var uri = new Uri(configuration.GetConnectionString("rabbitmq") ?? throw new InvalidOperationException("ConnectionStrings:rabbitmq is not set."));
        return await new ConnectionFactory { Uri = uri, ClientProvidedName = "parking-queue-operator", AutomaticRecoveryEnabled = false }
            .CreateConnectionAsync(cancellationToken);
    }
}

/// <summary>One parked message: what an operator needs to decide, and the body for those allowed to read it.</summary>
/// <param name="Id">Its MessageId, or a hash of its body when it has none.</param>
/// <param name="PublishedBy">The broker-validated user_id it was first published with.</param>
public sealed record ParkedMessage(
    string Id, DateTimeOffset? ParkedAt, string Reason, string? FromQueue, string? PublishedBy, int Bytes, ReadOnlyMemory<byte> Body)
{
    internal static ParkedMessage From(IReadOnlyBasicProperties properties, ReadOnlyMemory<byte> body)
    {
        var headers = properties.Headers ?? new Dictionary<string, object?>();
        var copy = body.ToArray();
        var id = properties.MessageId ?? Convert.ToHexStringLower(SHA256.HashData(copy))[..32];
        var parkedAt = DateTimeOffset.TryParse(Text(headers, ParkedMessages.ParkedAtHeader), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : (DateTimeOffset?)null;
        var reason = Text(headers, ParkedMessages.ReasonHeader) ?? DeathReason(headers) ?? "Parked for an unrecorded reason.";
        var from = Text(headers, ParkedMessages.FromQueueHeader) ?? DeathQueue(headers);
        var publishedBy = Text(headers, ParkedMessages.PublishedByHeader) ?? properties.UserId;
        return new ParkedMessage(id, parkedAt, reason, from, publishedBy, copy.Length, copy);
    }

    private static string? Text(IDictionary<string, object?> headers, string name) => headers.TryGetValue(name, out var value) ? AsText(value) : null;

    private static string? AsText(object? value) => value switch
    {
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        string text => text,
        null => null,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>The broker dead-lettered it (the queue's delivery limit): its x-death header says why and from where.</summary>
    private static IDictionary<string, object?>? Death(IDictionary<string, object?> headers) =>
        headers.TryGetValue("x-death", out var deaths) && deaths is IList<object?> { Count: > 0 } list ? list[0] as IDictionary<string, object?> : null;

    private static string? DeathReason(IDictionary<string, object?> headers) =>
        Death(headers) is { } death
            ? $"Dead-lettered by the broker ({AsText(death.TryGetValue("reason", out var reason) ? reason : null)}): delivered too often without being settled; the service stopped or failed while handling it."
            : null;

    private static string? DeathQueue(IDictionary<string, object?> headers) =>
        Death(headers) is { } death && death.TryGetValue("queue", out var queue) ? AsText(queue) : null;
}
