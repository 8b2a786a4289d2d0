using Microsoft.AspNetCore.Http.HttpResults;
using Plans.Api.Data;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.DeliveryGroups.GetDeliveryGroup;

internal static class GetDeliveryGroupEndpoint
{
    public static RouteHandlerBuilder MapGetDeliveryGroup(this RouteGroupBuilder groups) =>
        groups.MapGet("/{id:guid}", Handle)
            .WithName("GetDeliveryGroup")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One delivery group.");

    private static async Task<Ok<DeliveryGroupResponse>> Handle(
        Guid id, PlansDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var group = await db.DeliveryGroups.FindAsync([id], cancellationToken)
            ?? throw new RuleViolationException("delivery-group-not-found", $"There is no delivery group {id}.", RuleViolationKind.NotFound);
        response.SetETag(group.Version);
        return TypedResults.Ok(DeliveryGroupResponse.From(group));
    }
}
