using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Http;
using Polly;

namespace Platform.Gateway.Health;

/// <summary>
/// Runs each outbound request through the platform's Polly pipeline (timeouts, retry with jitter, circuit breaker)
/// for its destination host, so one failing service never opens the circuit for the others sharing the client.
/// </summary>
internal sealed class PerDestinationResilienceHandler(PerDestinationPipelines pipelines) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var destination = request.RequestUri ?? throw new InvalidOperationException("The request has no address.");
        return await pipelines.For(destination).ExecuteAsync(
            static async (state, token) => await state.Handler.BaseSendAsync(state.Request, token),
            (Handler: this, Request: request),
            cancellationToken);
    }

    private Task<HttpResponseMessage> BaseSendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}

/// <summary>One pipeline, and so one circuit, per destination host; a singleton because handlers are recycled.</summary>
internal sealed class PerDestinationPipelines(IOptions<ResilienceLimits> limits)
{
    private readonly ConcurrentDictionary<string, ResiliencePipeline<HttpResponseMessage>> pipelines = new(StringComparer.Ordinal);

    public ResiliencePipeline<HttpResponseMessage> For(Uri destination) =>
        pipelines.GetOrAdd(destination.Authority, _ => ResilienceSetup.Build(limits.Value));
}
