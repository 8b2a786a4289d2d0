using System.Diagnostics.Metrics;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// Messages set aside because they could not be handled (decision 0023): the AMQP intake's parking queue and
/// MassTransit's <c>_error</c> queues. Each parking is counted by <see cref="MeterName"/>'s <c>messaging.parked</c>
/// (tagged with the queue it left and the kind of reason) and carries its reason in headers.
/// </summary>
public sealed class ParkedMessages
{
    public const string MeterName = "Platform.Messaging";

    /// <summary>Why the message was parked, in words an operator can act on (never the body's content).</summary>
    public const string ReasonHeader = "x-parked-reason";

    /// <summary>The exception type, when one caused the parking.</summary>
    public const string ExceptionHeader = "x-parked-exception";

    /// <summary>The queue the message was taken from, for a re-drive.</summary>
    public const string FromQueueHeader = "x-parked-from";

    /// <summary>When it was parked (ISO 8601, UTC).</summary>
    public const string ParkedAtHeader = "x-parked-at";

    /// <summary>The validated AMQP user_id the message was published with (a republish could not carry it).</summary>
    public const string PublishedByHeader = "x-parked-published-by";

    private readonly Counter<long> parked;

    public ParkedMessages(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        parked = meterFactory.Create(MeterName)
            .CreateCounter<long>("messaging.parked", "{message}", "Messages set aside in a parking or error queue after they could not be handled.");
        // A counter is exported only once it has a measurement: without this zero the dashboard would not list
        // messaging.parked until the first parking, and an operator could not tell "none parked" from "not wired".
        parked.Add(0);
    }

    /// <param name="queue">The queue the message left.</param>
    /// <param name="reasonKind">A short, fixed word for dashboards: <c>failed</c>, <c>delivery-limit</c>, <c>consumer-fault</c>.</param>
    public void Parked(string queue, string reasonKind) =>
        parked.Add(1, new KeyValuePair<string, object?>("messaging.destination.name", queue), new KeyValuePair<string, object?>("reason", reasonKind));
}
