namespace Platform.ServiceDefaults.Messaging;

/// <summary>Configuration section <c>Messaging</c>; every value has a production default.</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>
    /// Prefix of this service's queue names, so two services consuming the same event each get every copy.
    /// Defaults to the registered <c>ServiceIdentity</c>'s name, else <c>OTEL_SERVICE_NAME</c>, else the application
    /// name without ".Api", in kebab case.
    /// </summary>
    public string? ServiceName { get; set; }

    /// <summary>
    /// Messages each consumer queue handles at once (the broker delivers twice as many ahead). Consumers mostly wait on
    /// their database, so this is well above the core count; a consumer definition may set its own.
    /// </summary>
    public int ConsumerConcurrency { get; set; } = 16;

    /// <summary>
    /// In-process retries of a failing consumer before the message moves to the queue's <c>_error</c> queue; a
    /// transient fault is retried for <see cref="TransientFaultWindow"/> instead.
    /// </summary>
    public int ConsumerRetryLimit { get; set; } = 5;

    /// <summary>
    /// Deliveries of one message, counted by the quorum queue, after which it goes to the <c>_error</c> queue unhandled
    /// (decision 0038). Generous like the intake's: RabbitMQ 3.10 counts a delivery each time a channel closes with the
    /// message unacknowledged, so every broker or instance restart costs the messages in flight one.
    /// </summary>
    public int ConsumerDeliveryLimit { get; set; } = 20;

    public TimeSpan ConsumerRetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan ConsumerRetryMaxInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a consumer holds a message whose handling fails for a transient reason (<see cref="TransientFaults"/>:
    /// its database down or restarting) and tries it again, before it goes to the <c>_error</c> queue like any other
    /// failure. Those attempts do not count towards <see cref="ConsumerRetryLimit"/>. Keep it under half of RabbitMQ's
    /// <c>consumer_timeout</c> (30 minutes by default): a prefetched message can wait behind a held one before its own
    /// hold starts, and a delivery unacknowledged past that timeout closes the channel and counts towards
    /// <see cref="ConsumerDeliveryLimit"/>.
    /// </summary>
    public TimeSpan TransientFaultWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>First pause before trying a held message again; the pause doubles up to <see cref="TransientFaultMaxInterval"/>.</summary>
    public TimeSpan TransientFaultMinInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest pause between attempts on a held message: how long after the database is back it is tried.</summary>
    public TimeSpan TransientFaultMaxInterval { get; set; } = TimeSpan.FromSeconds(10);

    public OutboxRelayOptions Outbox { get; set; } = new();
}

public sealed class OutboxRelayOptions
{
    public int BatchSize { get; set; } = 100;

    /// <summary>Batches one relay publishes at once; more overlap broker confirm waits, each holds a connection.</summary>
    public int MaxConcurrentBatches { get; set; } = 2;

    /// <summary>Fallback only: a commit that writes outbox rows wakes the relay at once.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Failed publishes of one row before it is dead-lettered (broker outages do not count).</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Delay after the first failed attempt; doubles per attempt up to <see cref="MaxBackoff"/>, with jitter.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A publish not confirmed by the broker within this time counts as a broker outage.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest pause between passes while the broker or database is unreachable.</summary>
    public TimeSpan MaxOutageBackoff { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan DispatchedRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long consumers remember applied MessageIds; longer than any redelivery or redrive can take.</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the pending / oldest-age / dead-lettered gauges are refreshed from the table.</summary>
    public TimeSpan StatisticsInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The readiness check reports the outbox stuck when its oldest pending row is older than this.</summary>
    public TimeSpan StuckThreshold { get; set; } = TimeSpan.FromMinutes(5);
}
