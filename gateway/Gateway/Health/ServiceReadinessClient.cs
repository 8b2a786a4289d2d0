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

/// <summary>A service is ready while one of its replicas is: the gateway routes around the others.</summary>
/// Each replica's probe is shared with other callers through the cache, so one caller's cancellation does not end it
/// (it has its own timeouts).
internal sealed class ServiceReadinessCheck(ServiceReadinessClient client, ReadinessCache cache, IReadOnlyList<Uri> replicas) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var results = await Task.WhenAll(replicas.Select(replica =>
            cache.GetAsync(replica, () => client.ProbeAsync(replica, CancellationToken.None)).WaitAsync(cancellationToken)));
        var ready = results.Count(result => result.Status == HealthStatus.Healthy);
        if (replicas.Count == 1)
        {
            return results[0];
        }

        return ready > 0
            ? HealthCheckResult.Healthy($"{ready} of {replicas.Count} replicas ready")
            : HealthCheckResult.Unhealthy($"no replica ready ({string.Join("; ", results.Select(result => result.Description).Distinct())})");
    }
}
