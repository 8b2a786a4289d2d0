namespace Platform.Gateway.Health;

/// <summary>How the gateway probes each service's <c>/health/ready</c> (section <c>Readiness</c>).</summary>
internal sealed class ReadinessOptions
{
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(1);

    public int MaxRetryAttempts { get; set; } = 2;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    public int CircuitMinimumThroughput { get; set; } = 10;

    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Upper bound for one service's check, retries included.</summary>
    public TimeSpan CheckTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
