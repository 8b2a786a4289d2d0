using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.DeliveryGroups.CreateDeliveryGroup;

internal static class CreateDeliveryGroupEndpoint
{
    public static RouteHandlerBuilder MapCreateDeliveryGroup(this RouteGroupBuilder groups) =>
        groups.MapPost("/", Handle)
            .WithName("CreateDeliveryGroup")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Set up a delivery group: its name (unique), purpose, chair agency and member agencies.");

    private static async Task<Created<DeliveryGroupResponse>> Handle(
        CreateDeliveryGroupRequest request, PlansDbContext db, Changes<DeliveryGroup> groups, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var group = DeliveryGroup.Create(request.Name, request.Purpose, request.ChairAgency, request.MemberAgencies, clock.GetUtcNow());
        if (await db.DeliveryGroups.AnyAsync(g => g.Name == group.Name, cancellationToken))
        {
            throw NameTaken(group.Name);
        }

        await groups.AddAsync(group, "delivery-group-created", cancellationToken, duplicate: () => NameTaken(group.Name));
        return TypedResults.Created($"/api/plans/delivery-groups/{group.Id}", DeliveryGroupResponse.From(group));
    }

    private static RuleViolationException NameTaken(string name) =>
        new("delivery-group-name-taken", $"There is already a delivery group called '{name}'.");
}
