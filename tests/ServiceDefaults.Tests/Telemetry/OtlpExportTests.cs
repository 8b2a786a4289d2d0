using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Platform.ServiceDefaults.Hosting;

namespace ServiceDefaults.Tests.Telemetry;

public sealed partial class OtlpExportTests
{
    private const string ServiceName = "otlp-tests";

    [Fact]
    public async Task With_an_otlp_endpoint_a_requests_span_log_and_metrics_reach_the_collector_without_its_query_string()
    {
        await using var collector = await OtlpCollector.StartAsync();
        var marker = $"marker{Guid.NewGuid():N}";
        var typedByAPerson = $"Surname{Guid.NewGuid():N}";
        var app = Service(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Address.ToString(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_BLRP_SCHEDULE_DELAY"] = "200",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
        }, marker);
        await app.StartAsync();

        var response = await app.GetTestClient().GetAsync($"/api/{ServiceName}/things/42?surname={typedByAPerson}");
        var exported = await Eventually.TrueAsync(() => Task.FromResult(
            collector.Text("traces").Contains($"/things/{{id}}", StringComparison.Ordinal) &&
            collector.Text("logs").Contains(marker, StringComparison.Ordinal) &&
            collector.Text("metrics").Contains("http.server.request.duration", StringComparison.Ordinal)));
        await app.StopAsync();
        await app.DisposeAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(exported, $"received: {collector.Summary}");
        var traces = collector.Text("traces");
        Assert.Contains(ServiceName, traces, StringComparison.Ordinal);
        Assert.Contains($"GET /api/{ServiceName}/things/{{id}}", traces, StringComparison.Ordinal);
        Assert.DoesNotContain(typedByAPerson, traces, StringComparison.Ordinal);
        Assert.Contains(marker, collector.Text("logs"), StringComparison.Ordinal);
        Assert.Contains("http.server.request.duration", collector.Text("metrics"), StringComparison.Ordinal);
    }

    private static WebApplication Service(Dictionary<string, string?> settings, string marker)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(OtlpExportTests).Assembly.GetName().Name,
            EnvironmentName = "Test",
        });
        builder.WebHost.UseTestServer();
        settings["Auth:Authority"] = "http://127.0.0.1:1/identity/"; // never asked: the endpoint under test is anonymous
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddServiceDefaults(new ServiceIdentity(ServiceName));
        var app = builder.Build();
        app.MapServiceDefaults();
        app.MapGet($"/api/{ServiceName}/things/{{id}}", (string id, ILogger<OtlpExportTests> logger) =>
        {
            LookedUp(logger, marker);
            return Results.Ok();
        }).AllowAnonymous();
        return app;
    }

    [LoggerMessage(LogLevel.Information, "Looked up a thing ({Marker})")]
    private static partial void LookedUp(ILogger logger, string marker);
}
