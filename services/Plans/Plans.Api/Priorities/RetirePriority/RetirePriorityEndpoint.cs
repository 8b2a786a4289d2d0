using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Plans.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;

namespace Plans.Api.Priorities.RetirePriority;

internal static class RetirePriorityEndpoint
{
    public static RouteHandlerBuilder MapRetirePriority(this RouteGroupBuilder priorities) =>
        priorities.MapPost("/{id:guid}/retire", Handle)
            .WithName("RetirePriority")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Retire an adopted priority whose actions are all complete; publishes PriorityRetired.");

    private static async Task<Ok<PriorityResponse>> Handle(
        Guid id, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch, PlansDbContext db, AuditTrail audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var priority = await db.LockOrThrowAsync(id, exclusive: true, cancellationToken);
        ExpectedVersion.Check(priority.Version, ifMatch);
        var before = PriorityResponse.From(priority);
        var openActions = await db.DeliveryActions
            .CountAsync(a => a.PriorityId == id && a.Status != ActionStatus.Complete, cancellationToken);
        var now = clock.GetUtcNow();
        priority.Retire(openActions, now);
        db.AddIntegrationEvent(new PriorityRetired { OccurredAt = now, PriorityId = priority.Id });
        audit.Record(db, "priority-retired", nameof(Priority), priority.Id.ToString(), before, PriorityResponse.From(priority));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(PriorityResponse.From(priority));
    }
}
