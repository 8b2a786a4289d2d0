using System.Globalization;
using MassTransit;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// The delivery limit of MassTransit's own queues (decision 0038): a message the broker has already handed out
/// <see cref="MessagingOptions.ConsumerDeliveryLimit"/> times without it being settled (the instance handling it
/// crashed, was killed or lost its channel each time) goes straight to the queue's <c>_error</c> queue instead of to
/// the consumer that would crash again. Quorum queues count those deliveries in <c>x-delivery-count</c>; a fault
/// the consumer survives is the retry filter's business, not this one's.
/// </summary>
internal sealed class DeliveryLimitFilter(int limit, ParkedMessages parked) : IFilter<ConsumeContext>
{
    public const string DeliveryCountHeader = "x-delivery-count";

    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (DeliveryCount(context) is { } count && count >= limit)
        {
            var queue = context.ReceiveContext.InputAddress.AbsolutePath.Split('/')[^1];
            parked.Parked(queue, "delivery-limit");
            // Faulting here, before the retry filter, moves the message to the _error queue with this reason in MT-Fault-Message.
            throw new DeliveryLimitExceededException(
                $"Delivered {count} times without being settled (limit {limit}): the instances handling it stopped each time, so it is parked.");
        }

        await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("deliveryLimit").Add("limit", limit);

    private static long? DeliveryCount(ConsumeContext context)
    {
        var value = context.ReceiveContext.TransportHeaders.Get<object>(DeliveryCountHeader);
        return value switch
        {
            null => null,
            IConvertible convertible => convertible.ToInt64(CultureInfo.InvariantCulture),
            _ => null,
        };
    }
}

/// <summary>A message reached its queue's delivery limit (<see cref="DeliveryLimitFilter"/>).</summary>
public sealed class DeliveryLimitExceededException(string message) : Exception(message);
