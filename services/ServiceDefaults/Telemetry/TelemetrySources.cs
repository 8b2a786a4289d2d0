namespace Platform.ServiceDefaults.Telemetry;

/// <summary>The activity sources and meters every process listens to; libraries emit them natively.</summary>
public static class TelemetrySources
{
    public const string OutboxSource = "Platform.Outbox";

    public static readonly string[] ActivitySources =
    [
        "Microsoft.AspNetCore",
        "Yarp.ReverseProxy",
        "System.Net.Http",
        "MassTransit",
        "Npgsql",
        OutboxSource,
    ];

    public static readonly string[] Meters =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.RateLimiting",
        "System.Net.Http",
        "MassTransit",
        "Npgsql",
        OutboxSource,
    ];
}
