using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Platform.ServiceDefaults.Http;

/// <summary>Limits for one outbound dependency; the defaults suit a call inside a user's request.</summary>
public sealed record ResilienceLimits
{
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public int MaxRetries { get; init; } = 2;

    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(15);
}

public static class ResilienceSetup
{
    /// <summary>
    /// Timeout per attempt and overall, retry with jittered exponential backoff on transient failures
    /// (network errors, timeouts, 408/429/5xx), and a circuit breaker so a dead dependency fails fast.
    /// Retries resend the request: use it for idempotent calls (reads, health probes, PUT by id) only.
    /// </summary>
    public static IHttpClientBuilder AddPlatformResilience(this IHttpClientBuilder builder, ResilienceLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var pipeline = Build(limits ?? new ResilienceLimits());
        return builder.AddHttpMessageHandler(() => new ResilienceHandler(pipeline));
    }

    public static ResiliencePipeline<HttpResponseMessage> Build(ResilienceLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddTimeout(limits.TotalTimeout)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                MaxRetryAttempts = limits.MaxRetries,
                Delay = limits.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                FailureRatio = 0.5,
                MinimumThroughput = 10,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = limits.BreakDuration,
            })
            .AddTimeout(limits.AttemptTimeout)
            .Build();
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException ||
        outcome.Result?.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests ||
        (int?)outcome.Result?.StatusCode >= 500;
}
