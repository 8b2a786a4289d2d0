using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Platform.ServiceDefaults.Http;

namespace Plans.Api.DeliveryGroups.ListDeliveryGroups;

internal static class ListDeliveryGroupsEndpoint
{
    public static RouteHandlerBuilder MapListDeliveryGroups(this RouteGroupBuilder groups) =>
        groups.MapGet("/", Handle)
            .WithName("ListDeliveryGroups")
            .WithSummary("Delivery groups in the order they were set up; pass `after` (the last id) for the next page.");

    private static async Task<Ok<Page<DeliveryGroupResponse>>> Handle(
        [AsParameters] ListDeliveryGroupsQuery query, PlansDbContext db, CancellationToken cancellationToken)
    {
        var groups = db.DeliveryGroups.AsNoTracking();
        return TypedResults.Ok(await groups.ToPageAsync(g => g.Id, query.After, query.Limit, DeliveryGroupResponse.From, cancellationToken));
    }
}

public sealed record ListDeliveryGroupsQuery(Guid? After, [property: Range(1, 200)] int? Limit);
