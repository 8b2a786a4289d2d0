using MassTransit;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// Opens once the bus has started its receive endpoints, i.e. this service's queues and bindings exist: before that a
/// published event could reach an exchange with no queue bound yet and be lost.
/// </summary>
internal sealed class BusReadyGate : IBusObserver
{
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task WaitAsync(CancellationToken cancellationToken) => ready.Task.WaitAsync(cancellationToken);

    public Task PostStart(IBus bus, Task<BusReady> busReady)
    {
        busReady.ContinueWith(_ => ready.TrySetResult(), TaskScheduler.Default);
        return Task.CompletedTask;
    }

    public Task StartFaulted(IBus bus, Exception exception)
    {
        ready.TrySetResult();
        return Task.CompletedTask;
    }

    public void PostCreate(IBus bus)
    {
    }

    public void CreateFaulted(Exception exception)
    {
    }

    public Task PreStart(IBus bus) => Task.CompletedTask;

    public Task PreStop(IBus bus) => Task.CompletedTask;

    public Task PostStop(IBus bus) => Task.CompletedTask;

    public Task StopFaulted(IBus bus, Exception exception) => Task.CompletedTask;
}
