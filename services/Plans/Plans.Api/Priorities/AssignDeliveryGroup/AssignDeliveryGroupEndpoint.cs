using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Changes;
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
        Changes<Priority> priorities, PlansDbContext db, CancellationToken cancellationToken)
    {
        await using var change = await priorities.StartAsync(id, ifMatch, cancellationToken);
        await db.EnsureDeliveryGroupExistsAsync(request.DeliveryGroupId, cancellationToken);
        change.Aggregate.AssignDeliveryGroup(request.DeliveryGroupId);
        await change.SaveAsync("priority-delivery-group-assigned", cancellationToken);
        return TypedResults.Ok(PriorityResponse.From(change.Aggregate));
    }
}

public sealed record AssignDeliveryGroupRequest([property: Required] Guid DeliveryGroupId);
