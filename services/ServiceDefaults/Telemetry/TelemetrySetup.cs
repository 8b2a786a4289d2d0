using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Platform.ServiceDefaults.Hosting;

namespace Platform.ServiceDefaults.Telemetry;

/// <summary>
/// OpenTelemetry without the Hosting and instrumentation packages (absent from the registry): the providers are
/// built by hand in a hosted service and disposed on stop. Traces are always sampled so context always propagates;
/// they leave the process only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// </summary>
internal static class TelemetrySetup
{
    public static WebApplicationBuilder AddPlatformTelemetry(this WebApplicationBuilder builder, ServiceIdentity identity)
    {
        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? identity.Name;
        var exportEnabled = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var resource = ResourceBuilder.CreateDefault().AddService(serviceName);

        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        builder.Logging.AddJsonConsole(options => options.IncludeScopes = true);
        if (exportEnabled)
        {
            builder.Logging.AddOpenTelemetry(logging =>
            {
                logging.SetResourceBuilder(resource);
                logging.AddOtlpExporter();
            });
        }

        builder.Services.AddHostedService(_ => new TelemetryProviders(
            () => BuildTracing(resource, serviceName, exportEnabled),
            () => BuildMetrics(resource, serviceName, exportEnabled)));
        return builder;
    }

    private static TracerProvider BuildTracing(ResourceBuilder resource, string serviceName, bool exportEnabled)
    {
        var tracing = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .SetSampler(new ParentBasedSampler(new AlwaysOnSampler()))
            .AddSource(TelemetrySources.ActivitySources)
            .AddSource(serviceName);
        if (exportEnabled)
        {
            tracing.AddOtlpExporter();
        }

        return tracing.Build();
    }

    private static MeterProvider BuildMetrics(ResourceBuilder resource, string serviceName, bool exportEnabled)
    {
        var metrics = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter(TelemetrySources.Meters)
            .AddMeter(serviceName);
        if (exportEnabled)
        {
            metrics.AddOtlpExporter((_, reader) =>
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = 10_000);
        }

        return metrics.Build();
    }
}
