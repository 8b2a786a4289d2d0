using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Data;

namespace Plans.Api.Priorities.AssignDeliveryGroup;

internal static class AssignDeliveryGroupEndpoint
{
    public static RouteHandlerBuilder MapAssignDeliveryGroup(this RouteGroupBuilder priorities) =>
        priorities.MapPut("/{id:guid}/delivery-group", Handle)
            .WithName("AssignDeliveryGroup")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Give a priority the delivery group that owns its work plan.");

    private static async Task<Ok<PriorityResponse>> Handle(
        Guid id, AssignDeliveryGroupRequest request, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch,
        PlansDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        var priority = await db.FindOrThrowAsync(id, cancellationToken);
        ExpectedVersion.Check(priority.Version, ifMatch);
        await db.EnsureDeliveryGroupExistsAsync(request.DeliveryGroupId, cancellationToken);
        var before = PriorityResponse.From(priority);
        priority.AssignDeliveryGroup(request.DeliveryGroupId);
        audit.Record(db, "priority-delivery-group-assigned", nameof(Priority), priority.Id.ToString(), before, PriorityResponse.From(priority));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(PriorityResponse.From(priority));
    }
}

public sealed record AssignDeliveryGroupRequest([property: Required] Guid DeliveryGroupId);
