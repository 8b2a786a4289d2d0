using Microsoft.AspNetCore.Http.HttpResults;
using Plans.Api.Data;
using Plans.Api.Domain;
using Plans.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Messaging;

namespace Plans.Api.Priorities.RetirePriority;

internal static class RetirePriorityEndpoint
{
    public static RouteHandlerBuilder MapRetirePriority(this RouteGroupBuilder priorities) =>
        priorities.MapPost("/{id:guid}/retire", Handle)
            .WithName("RetirePriority")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Retire an adopted priority; publishes PriorityRetired.");

    private static async Task<Ok<PriorityResponse>> Handle(
        Guid id, PlansDbContext db, AuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var priority = await db.FindOrThrowAsync(id, cancellationToken);
        var before = PriorityResponse.From(priority);
        var now = clock.GetUtcNow();
        priority.Retire(now);
        db.AddIntegrationEvent(new PriorityRetired { OccurredAt = now, PriorityId = priority.Id });
        audit.Record(db, "priority-retired", nameof(Priority), priority.Id.ToString(), before, PriorityResponse.From(priority));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(PriorityResponse.From(priority));
    }
}
