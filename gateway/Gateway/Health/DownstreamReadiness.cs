using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Http.Resilience;
using Platform.Gateway.Routing;
using Platform.ServiceDefaults.Health;

namespace Platform.Gateway.Health;

/// <summary>
/// The gateway is ready only when every configured service is (at least one replica of it): one readiness check per
/// service (tagged for the platform's <c>/health/ready</c>, which lists each by name), probing its <c>/health/ready</c>
/// through the standard resilience handler with the limits in section <c>Readiness</c>, one circuit per service, each
/// replica at most once per <c>ReadinessCache:CacheFor</c> (<see cref="ReadinessCache"/>).
/// </summary>
internal static class DownstreamReadiness
{
    public static IServiceCollection AddDownstreamReadiness(this IServiceCollection services, IConfiguration configuration)
    {
        // Replaces the platform's default handler (ServiceDefaults) rather than stacking a second one on it; the
        // package's documented way to do so is still marked for evaluation.
#pragma warning disable EXTEXP0001
        services.AddHttpClient<ServiceReadinessClient>()
            .RemoveAllResilienceHandlers()
#pragma warning restore EXTEXP0001
            .AddStandardResilienceHandler(configuration.GetSection("Readiness"))
            .SelectPipelineByAuthority();
        services.AddOptions<ReadinessCacheSettings>().BindConfiguration("ReadinessCache");
        services.AddSingleton<ReadinessCache>();
        services.AddOptions<HealthCheckServiceOptions>().Configure<ServiceDirectory>((options, directory) =>
        {
            foreach (var (name, replicas) in directory.Current())
            {
                options.Registrations.Add(new HealthCheckRegistration(
                    name,
                    provider => new ServiceReadinessCheck(provider.GetRequiredService<ServiceReadinessClient>(), provider.GetRequiredService<ReadinessCache>(), replicas),
                    HealthStatus.Unhealthy,
                    [HealthSetup.ReadyTag]));
            }
        });
        return services;
    }
}
