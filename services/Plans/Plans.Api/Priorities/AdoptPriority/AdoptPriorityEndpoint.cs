using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plans.Api.Data;
using Plans.Api.Domain;
using Plans.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;

namespace Plans.Api.Priorities.AdoptPriority;

internal static class AdoptPriorityEndpoint
{
    public static RouteHandlerBuilder MapAdoptPriority(this RouteGroupBuilder priorities) =>
        priorities.MapPost("/{id:guid}/adopt", Handle)
            .WithName("AdoptPriority")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Adopt a proposed priority into the plan; publishes PriorityAdopted.");

    private static async Task<Ok<PriorityResponse>> Handle(
        Guid id, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch, PlansDbContext db, AuditTrail audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var priority = await db.FindOrThrowAsync(id, cancellationToken);
        ExpectedVersion.Check(priority.Version, ifMatch);
        var before = PriorityResponse.From(priority);
        var now = clock.GetUtcNow();
        priority.Adopt(now);
        db.AddIntegrationEvent(new PriorityAdopted
        {
            OccurredAt = now,
            PriorityId = priority.Id,
            Title = priority.Title,
            StrategicTheme = priority.StrategicTheme,
            SponsorAgency = priority.SponsorAgency,
        });
        audit.Record(db, "priority-adopted", nameof(Priority), priority.Id.ToString(), before, PriorityResponse.From(priority));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(PriorityResponse.From(priority));
    }
}
