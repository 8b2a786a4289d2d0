using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Gateway.Routing;
using Platform.ServiceDefaults.Health;
using Platform.ServiceDefaults.Http;

namespace Platform.Gateway.Health;

/// <summary>
/// The gateway is ready only when every configured service is: one readiness check per service (tagged for the
/// platform's <c>/health/ready</c>, which lists each by name), probing that service's own <c>/health/ready</c>
/// with the limits in section <c>Readiness</c>.
/// </summary>
internal static class DownstreamReadiness
{
    public static IServiceCollection AddDownstreamReadiness(this IServiceCollection services)
    {
        services.AddOptions<ResilienceLimits>().BindConfiguration("Readiness");
        services.AddSingleton<PerDestinationPipelines>();
        services.AddTransient<PerDestinationResilienceHandler>();
        services.AddHttpClient<ServiceReadinessClient>().AddHttpMessageHandler<PerDestinationResilienceHandler>();
        services.AddOptions<HealthCheckServiceOptions>().Configure<ServiceDirectory>((options, directory) =>
        {
            foreach (var (name, address) in directory.Current())
            {
                options.Registrations.Add(new HealthCheckRegistration(
                    name,
                    provider => new ServiceReadinessCheck(provider.GetRequiredService<ServiceReadinessClient>(), address),
                    HealthStatus.Unhealthy,
                    [HealthSetup.ReadyTag]));
            }
        });
        return services;
    }
}
