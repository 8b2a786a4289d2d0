using Platform.ServiceDefaults.Messaging;

namespace Platform.ServiceDefaults.Telemetry;

/// <summary>
/// The activity sources and meters every process listens to beyond the instrumentation packages (ASP.NET Core,
/// HttpClient, runtime, Npgsql): libraries that emit natively and the platform's own.
/// </summary>
public static class TelemetrySources
{
    public static readonly string[] ActivitySources =
    [
        "Yarp.ReverseProxy",
        "MassTransit",
        OutboxDiagnostics.SourceName,
    ];

    public static readonly string[] Meters =
    [
        "MassTransit",
        OutboxDiagnostics.MeterName,
        ParkedMessages.MeterName,
    ];
}
