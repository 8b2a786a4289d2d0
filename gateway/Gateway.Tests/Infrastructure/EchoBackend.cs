using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Infrastructure;

/// <summary>What a back-end service received from the gateway.</summary>
public sealed record ReceivedRequest(string Method, string PathAndQuery, string? Authorization, string? TraceParent, long BodyBytes);

/// <summary>
/// A tiny real service on a free loopback port: it answers every path with what it received (path, Authorization,
/// traceparent, body size) and <c>/health/ready</c> with 200 or 503 as <see cref="Ready"/> says, counting the probes.
/// </summary>
public sealed class EchoBackend : IAsyncDisposable
{
    private readonly WebApplication app;
    private int readinessProbes;
    private int failuresToGo;

    private EchoBackend(WebApplication app) => this.app = app;

    public ConcurrentQueue<ReceivedRequest> Received { get; } = new();

    public bool Ready { get; set; } = true;

    /// <summary>How many readiness probes reached this service.</summary>
    public int ReadinessProbes => Volatile.Read(ref readinessProbes);

    /// <summary>The next <paramref name="count"/> readiness probes answer 503 even while <see cref="Ready"/>.</summary>
    public void FailNextReadinessProbes(int count) => Volatile.Write(ref failuresToGo, count);

    public Uri Address => new(app.Urls.Single());

    public bool Saw(string pathFragment) => Received.Any(request => request.PathAndQuery.Contains(pathFragment, StringComparison.Ordinal));

    public static async Task<EchoBackend> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var backend = new EchoBackend(builder.Build());
        backend.app.MapGet("/health/ready", () =>
        {
            Interlocked.Increment(ref backend.readinessProbes);
            var failing = Interlocked.Decrement(ref backend.failuresToGo) >= 0 || !backend.Ready;
            return failing ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable) : Results.Ok();
        });
        backend.app.Map("/{**path}", async (HttpContext context) =>
        {
            var request = context.Request;
            var bodyBytes = 0L;
            var buffer = new byte[8192];
            int read;
            while ((read = await request.Body.ReadAsync(buffer)) > 0)
            {
                bodyBytes += read;
            }

            var received = new ReceivedRequest(
                request.Method,
                request.Path + request.QueryString,
                request.Headers.Authorization.FirstOrDefault(),
                request.Headers["traceparent"].FirstOrDefault(),
                bodyBytes);
            backend.Received.Enqueue(received);
            return Results.Json(received);
        });
        await backend.app.StartAsync();
        return backend;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
