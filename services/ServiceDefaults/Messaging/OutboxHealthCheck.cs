using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// Reports the outbox stuck when its oldest pending row is older than the threshold. Registered as Degraded: every
/// replica shares the table, so failing readiness would take the whole service out while writes can still be accepted.
/// </summary>
internal sealed class OutboxHealthCheck(OutboxStore store, IOptions<MessagingOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var statistics = await store.ReadStatisticsAsync(cancellationToken).ConfigureAwait(false);
        var data = new Dictionary<string, object>
        {
            ["pending"] = statistics.Pending,
            ["oldest_pending_age_seconds"] = statistics.OldestPendingAgeSeconds,
            ["dead_lettered"] = statistics.DeadLettered,
        };
        var threshold = options.Value.Outbox.StuckThreshold;
        return statistics.OldestPendingAgeSeconds > threshold.TotalSeconds
            ? new HealthCheckResult(
                context.Registration.FailureStatus,
                string.Create(CultureInfo.InvariantCulture, $"Outbox stuck: oldest pending message is {statistics.OldestPendingAgeSeconds:F0} s old (threshold {threshold.TotalSeconds:F0} s)."),
                data: data)
            : HealthCheckResult.Healthy("Outbox flowing.", data);
    }
}
