using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Platform.Gateway.Routing;
using Polly.Registry;

namespace Platform.Gateway.Health;

/// <summary>
/// <c>/health/live</c>: the process answers. <c>/health/ready</c>: every configured service answers its own
/// <c>/health/ready</c>; 200 only when all do, 503 otherwise, with each service's status in the body.
/// </summary>
internal static class GatewayHealth
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddGatewayHealth(this IServiceCollection services)
    {
        services.AddOptions<ReadinessOptions>().BindConfiguration("Readiness");
        services.AddSingleton<ResiliencePipelineRegistry<string>>();
        services.AddTransient<ResilienceHandler>();
        services.AddHttpClient<ServiceReadinessClient>().AddHttpMessageHandler<ResilienceHandler>();
        services.AddHealthChecks();
        services.AddOptions<HealthCheckServiceOptions>().Configure<ServiceDirectory, IOptions<ReadinessOptions>>((options, directory, readiness) =>
        {
            foreach (var (name, address) in directory.Current())
            {
                options.Registrations.Add(new HealthCheckRegistration(
                    name,
                    provider => new ServiceReadinessCheck(provider.GetRequiredService<ServiceReadinessClient>(), address),
                    HealthStatus.Unhealthy,
                    [ReadyTag],
                    readiness.Value.CheckTimeout));
            }
        });
        return services;
    }

    public static IEndpointRouteBuilder MapGatewayHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(ReadyTag),
            ResponseWriter = WriteReadinessAsync,
        }).AllowAnonymous();
        return endpoints;
    }

    private static Task WriteReadinessAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            services = report.Entries.Select(entry => new
            {
                name = entry.Key,
                status = entry.Value.Status.ToString(),
                detail = entry.Value.Description,
                durationMs = (int)entry.Value.Duration.TotalMilliseconds,
            }),
        }, JsonSerializerOptions.Web);
}
