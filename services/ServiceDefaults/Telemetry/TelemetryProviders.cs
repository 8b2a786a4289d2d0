using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Platform.ServiceDefaults.Telemetry;

/// <summary>Owns the tracer and meter providers for the life of the host, flushing them on stop.</summary>
internal sealed class TelemetryProviders(Func<TracerProvider> buildTracing, Func<MeterProvider> buildMetrics)
    : IHostedService, IDisposable
{
    private TracerProvider? tracing;
    private MeterProvider? metrics;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        tracing = buildTracing();
        metrics = buildMetrics();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        tracing?.ForceFlush(2_000);
        metrics?.ForceFlush(2_000);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        tracing?.Dispose();
        metrics?.Dispose();
    }
}
