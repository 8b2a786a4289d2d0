using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Platform.Gateway.Health;

/// <summary>
/// Each service's readiness, probed at most once per <c>ReadinessCache:CacheFor</c> (default 5 s) however often the gateway
/// is asked, and one probe shared by callers who ask while it runs: a flood of readiness requests costs the services
/// nothing more.
/// </summary>
internal sealed class ReadinessCache(TimeProvider time, IOptionsMonitor<ReadinessCacheSettings> settings)
{
    private readonly Dictionary<Uri, (Task<HealthCheckResult> Probe, DateTimeOffset Started)> entries = [];
    private readonly Lock gate = new();

    public Task<HealthCheckResult> GetAsync(Uri service, Func<Task<HealthCheckResult>> probe)
    {
        var cacheFor = settings.CurrentValue.CacheFor;
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (cacheFor > TimeSpan.Zero && entries.TryGetValue(service, out var entry)
                && (!entry.Probe.IsCompleted || now - entry.Started < cacheFor))
            {
                return entry.Probe;
            }

            var started = probe();
            entries[service] = (started, now);
            return started;
        }
    }
}

internal sealed class ReadinessCacheSettings
{
    public TimeSpan CacheFor { get; set; } = TimeSpan.FromSeconds(5);
}
