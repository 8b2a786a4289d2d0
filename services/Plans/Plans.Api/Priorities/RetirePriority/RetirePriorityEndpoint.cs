using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;

namespace Plans.Api.Priorities.RetirePriority;

internal static class RetirePriorityEndpoint
{
    public static RouteHandlerBuilder MapRetirePriority(this RouteGroupBuilder priorities) =>
        priorities.MapPost("/{id:guid}/retire", Handle)
            .WithName("RetirePriority")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Retire an adopted priority whose actions are all complete; publishes PriorityRetired.");

    /// <summary>The row stays locked while the open actions are counted, so none can be added in between.</summary>
    private static async Task<Ok<PriorityResponse>> Handle(
        Guid id, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch, Changes<Priority> priorities, PlansDbContext db,
        CancellationToken cancellationToken)
    {
        await using var change = await priorities.StartAsync(id, ifMatch, cancellationToken, RowLock.Exclusive);
        var openActions = await db.DeliveryActions
            .CountAsync(a => a.PriorityId == id && a.Status != ActionStatus.Complete, cancellationToken);
        change.Aggregate.Retire(openActions, change.Now);
        await change.SaveAsync("priority-retired", cancellationToken);
        return TypedResults.Ok(PriorityResponse.From(change.Aggregate));
    }
}
