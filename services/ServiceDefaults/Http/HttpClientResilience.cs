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
    /// </summary>
    public static IServiceCollection AddPlatformHttpClientDefaults(this IServiceCollection services) =>
        services.ConfigureHttpClientDefaults(http => http
            .AddStandardResilienceHandler(options => options.Retry.DisableForUnsafeHttpMethods())
            .SelectPipelineByAuthority());
}
