using Microsoft.Extensions.Diagnostics.HealthChecks;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Platform.Gateway.Health;

/// <summary>
/// Typed client that asks a service whether it is ready. The reasons it reports never include addresses or
/// exception messages, though the gateway's readiness body is only for operators (ReadinessAccess).
/// </summary>
internal sealed class ServiceReadinessClient(HttpClient http)
{
    public async Task<HealthCheckResult> ProbeAsync(Uri serviceAddress, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(serviceAddress, "/health/ready"), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy("ready")
                : HealthCheckResult.Unhealthy($"not ready (HTTP {(int)response.StatusCode})");
        }
        catch (BrokenCircuitException)
        {
            return HealthCheckResult.Unhealthy("not ready (circuit open after repeated failures)");
        }
        catch (TimeoutRejectedException)
        {
            return HealthCheckResult.Unhealthy("not ready (timed out)");
        }
        catch (HttpRequestException)
        {
            return HealthCheckResult.Unhealthy("unreachable");
        }
    }
}

internal sealed class ServiceReadinessCheck(ServiceReadinessClient client, ReadinessCache cache, Uri serviceAddress) : IHealthCheck
{
    /// <remarks>The probe is shared with other callers, so one caller's cancellation does not end it (it has its own timeouts).</remarks>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        cache.GetAsync(serviceAddress, () => client.ProbeAsync(serviceAddress, CancellationToken.None)).WaitAsync(cancellationToken);
}
