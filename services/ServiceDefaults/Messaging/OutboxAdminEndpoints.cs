using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Hosting;

namespace Platform.ServiceDefaults.Messaging;

public static class OutboxAdminEndpoints
{
    private const int DeadLetterListLimit = 100;

    /// <summary>
    /// <c>GET {prefix}/admin/outbox</c> (lag and dead letters), <c>POST {prefix}/admin/outbox/dead-letters/{id}/redrive</c>
    /// and <c>POST {prefix}/admin/outbox/dead-letters/redrive-all</c>; all require the "ops" policy. The prefix is the
    /// service's gateway path (<c>/api/plans</c>), so operators reach them through the gateway.
    /// </summary>
    public static RouteGroupBuilder MapOutboxAdmin(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var prefix = endpoints.ServiceProvider.GetService<ServiceIdentity>()?.RoutePrefix ?? "";
        var group = endpoints.MapGroup($"{prefix}/admin/outbox").RequireAuthorization("ops").WithTags("Outbox");
        group.MapGet("/", GetStatusAsync);
        group.MapPost("/dead-letters/{id:guid}/redrive", RedriveAsync);
        group.MapPost("/dead-letters/redrive-all", RedriveAllAsync);
        return group;
    }

    private static async Task<Ok<OutboxStatus>> GetStatusAsync(
        OutboxStore store, CancellationToken cancellationToken)
    {
        var statistics = await store.ReadStatisticsAsync(cancellationToken).ConfigureAwait(false);
        var deadLetters = await store.ListDeadLettersAsync(DeadLetterListLimit, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new OutboxStatus(
            statistics.Pending, statistics.OldestPendingAgeSeconds, statistics.DeadLettered, deadLetters));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RedriveAsync(
        Guid id, OutboxStore store, OutboxSignal signal, CancellationToken cancellationToken)
    {
        if (await store.RedriveAsync(id, cancellationToken).ConfigureAwait(false) == 0)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "No such dead letter",
                detail: $"Outbox message {id} does not exist or is not dead-lettered.");
        }

        signal.Notify();
        return TypedResults.NoContent();
    }

    private static async Task<Ok<RedriveResult>> RedriveAllAsync(
        OutboxStore store, OutboxSignal signal, CancellationToken cancellationToken)
    {
        var redriven = await store.RedriveAsync(null, cancellationToken).ConfigureAwait(false);
        signal.Notify();
        return TypedResults.Ok(new RedriveResult(redriven));
    }
}

public sealed record OutboxStatus(
    long Pending, double OldestPendingAgeSeconds, long DeadLettered, IReadOnlyList<DeadLetteredMessage> DeadLetters);

public sealed record RedriveResult(int Redriven);
