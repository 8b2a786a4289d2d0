using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ServiceDefaults.Tests.Telemetry;

/// <summary>
/// A stand-in OpenTelemetry collector on a free loopback port: accepts OTLP/HTTP protobuf exports
/// (<c>POST /v1/traces|metrics|logs</c>) and keeps each body, so a test can look for the strings they carry.
/// </summary>
public sealed class OtlpCollector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<(string Signal, byte[] Body)> received = new();

    private OtlpCollector(WebApplication app) => this.app = app;

    public Uri Address => new(app.Urls.Single());

    public static async Task<OtlpCollector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var collector = new OtlpCollector(builder.Build());
        collector.app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            collector.received.Enqueue((signal, body.ToArray()));
            return Results.Bytes([], "application/x-protobuf");
        });
        await collector.app.StartAsync();
        return collector;
    }

    /// <summary>Everything exported for one signal (<c>traces</c>, <c>metrics</c>, <c>logs</c>) as Latin-1 text.</summary>
    public string Text(string signal) =>
        string.Concat(received.Where(export => export.Signal == signal).Select(export => System.Text.Encoding.Latin1.GetString(export.Body)));

    public string Summary => string.Join(", ", received.GroupBy(export => export.Signal).Select(group => $"{group.Key} x{group.Count()}"));

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
