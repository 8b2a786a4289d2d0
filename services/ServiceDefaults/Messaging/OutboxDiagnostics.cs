using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>The outbox's telemetry: add <see cref="SourceName"/> and <see cref="MeterName"/> to the tracer and meter providers.</summary>
public sealed class OutboxDiagnostics
{
    public const string SourceName = "Platform.Outbox";
    public const string MeterName = "Platform.Outbox";

    internal static readonly ActivitySource ActivitySource = new(SourceName);

    private readonly Counter<long> published;
    private readonly Counter<long> failedAttempts;
    private readonly Counter<long> deadLetterings;
    private volatile OutboxStatistics? latest;

    public OutboxDiagnostics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        published = meter.CreateCounter<long>("outbox.published", "{message}", "Outbox messages published and confirmed by the broker.");
        failedAttempts = meter.CreateCounter<long>("outbox.publish_failures", "{message}", "Failed publish attempts that count towards dead-lettering.");
        deadLetterings = meter.CreateCounter<long>("outbox.dead_letterings", "{message}", "Outbox messages moved to the dead letters.");
        meter.CreateObservableGauge("outbox.pending", () => Observe(s => s.Pending), "{message}", "Outbox messages not yet published.");
        meter.CreateObservableGauge("outbox.oldest_pending.age", () => Observe(s => s.OldestPendingAgeSeconds), "s", "Age of the oldest outbox message not yet published.");
        meter.CreateObservableGauge("outbox.dead_lettered", () => Observe(s => s.DeadLettered), "{message}", "Dead-lettered outbox messages awaiting a redrive.");
    }

    internal void Published(int count) => published.Add(count);

    internal void FailedAttempt() => failedAttempts.Add(1);

    internal void DeadLettered() => deadLetterings.Add(1);

    internal void Update(OutboxStatistics statistics) => latest = statistics;

    private IEnumerable<Measurement<T>> Observe<T>(Func<OutboxStatistics, T> value)
        where T : struct =>
        latest is { } statistics ? [new Measurement<T>(value(statistics))] : [];
}
