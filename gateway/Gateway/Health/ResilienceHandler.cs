using System.Net;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;

namespace Platform.Gateway.Health;

/// <summary>
/// Retry with jitter, circuit breaker and per-attempt timeout around an outbound call. The pipeline (and so the
/// circuit) is kept per destination host, so one failing service never opens the circuit for another.
/// </summary>
internal sealed class ResilienceHandler(ResiliencePipelineRegistry<string> registry, IOptions<ReadinessOptions> options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var destination = request.RequestUri?.Authority ?? throw new InvalidOperationException("The request has no absolute address.");
        var pipeline = registry.GetOrAddPipeline<HttpResponseMessage>(destination, builder => Configure(builder, options.Value));
        return await pipeline.ExecuteAsync(async token => await base.SendAsync(request, token).ConfigureAwait(false), cancellationToken)
            .ConfigureAwait(false);
    }

    private static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ReadinessOptions options)
    {
        var transient = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(response => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout);

        builder
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                FailureRatio = 0.5,
                MinimumThroughput = options.CircuitMinimumThroughput,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = options.CircuitBreakDuration,
            })
            .AddTimeout(options.AttemptTimeout);
    }
}
