using MassTransit;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// Counts a consumer's message moved to its <c>_error</c> queue once its retries are spent (MassTransit defers a
/// retried consume's fault until the last attempt, so this is once per message, not per attempt).
/// </summary>
internal sealed class ConsumerFaultsParked(ParkedMessages parked) : IConsumeObserver
{
    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        parked.Parked(context.ReceiveContext.InputAddress.AbsolutePath.Split('/')[^1], "consumer-fault");
        return Task.CompletedTask;
    }
}
