using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Platform.ServiceDefaults.Hosting;

namespace Platform.ServiceDefaults.Telemetry;

/// <summary>
/// OpenTelemetry for every service and the gateway: ASP.NET Core, HttpClient, runtime and Npgsql instrumentation
/// plus the platform's own sources (outbox relay, consumers, the service's own spans and meters). Traces are always
/// sampled so context always propagates (one business flow is one trace); traces, metrics and logs leave the process
/// only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (protocol and headers from the standard OTEL_* variables).
/// </summary>
internal static class TelemetrySetup
{
    public static WebApplicationBuilder AddPlatformTelemetry(this WebApplicationBuilder builder, ServiceIdentity identity)
    {
        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? identity.Name;
        var exportEnabled = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);

        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        builder.Logging.AddJsonConsole(options => options.IncludeScopes = true);

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new AlwaysOnSampler()))
                .AddAspNetCoreInstrumentation(options => options.EnrichWithHttpRequest = WithoutQuery)
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource(TelemetrySources.ActivitySources)
                .AddSource(serviceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(TelemetrySources.Meters)
                .AddMeter(serviceName));
        if (exportEnabled)
        {
            telemetry.WithLogging(configureBuilder: null, configureOptions: logging =>
            {
                logging.IncludeFormattedMessage = true;
                logging.IncludeScopes = true;
            });
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>
    /// A query string may carry what a person typed (a name searched for). The instrumentation only redacts its values
    /// and keeps the keys, so the attribute is dropped; the route template (<c>http.route</c>) and path stay. Outgoing
    /// calls need nothing: .NET's own HttpClient spans replace the whole query of <c>url.full</c> with <c>*</c>.
    /// </summary>
    private static void WithoutQuery(Activity activity, HttpRequest request) => activity.SetTag("url.query", null);
}
