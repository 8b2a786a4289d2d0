using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Platform.ServiceDefaults.Http;

internal static class HttpClientResilience
{
    /// <summary>
    /// Every client from <see cref="IHttpClientFactory"/> gets Microsoft.Extensions.Http.Resilience's standard
    /// handler (total and per-attempt timeouts, jittered retries of transient failures, a circuit breaker), one
    /// circuit per destination so a dead service never fails calls to the others. POST, PUT, PATCH and DELETE are
    /// not retried: a resent command could be applied twice. A client that needs other limits replaces the handler
    /// (<c>RemoveAllResilienceHandlers().AddStandardResilienceHandler(section)</c>).
    /// A 429 is an answer, not a fault: it is neither retried (its Retry-After can be an hour, and the caller is a
    /// person waiting) nor counted by the circuit breaker (one rate-limited resident must not open the circuit for
    /// everyone the web serves).
    /// </summary>
    public static IServiceCollection AddPlatformHttpClientDefaults(this IServiceCollection services) =>
        services.ConfigureHttpClientDefaults(http => http
            .AddStandardResilienceHandler(options =>
            {
                options.Retry.ShouldHandle = args => ValueTask.FromResult(IsFault(args.Outcome));
                options.Retry.DisableForUnsafeHttpMethods(); // after ShouldHandle: it wraps the predicate it finds
                options.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(IsFault(args.Outcome));
            })
            .SelectPipelineByAuthority());

    private static bool IsFault(Polly.Outcome<HttpResponseMessage> outcome) =>
        HttpClientResiliencePredicates.IsTransient(outcome) && outcome.Result?.StatusCode != HttpStatusCode.TooManyRequests;
}
