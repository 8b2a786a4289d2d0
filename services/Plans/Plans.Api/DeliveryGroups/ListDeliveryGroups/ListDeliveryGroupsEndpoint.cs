using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;

namespace Plans.Api.DeliveryGroups.ListDeliveryGroups;

internal static class ListDeliveryGroupsEndpoint
{
    public static RouteHandlerBuilder MapListDeliveryGroups(this RouteGroupBuilder groups) =>
        groups.MapGet("/", Handle)
            .WithName("ListDeliveryGroups")
            .WithSummary("Delivery groups in the order they were set up; pass `after` (the last id) for the next page.");

    private static async Task<Ok<DeliveryGroupPage>> Handle(
        [AsParameters] ListDeliveryGroupsQuery query, PlansDbContext db, CancellationToken cancellationToken)
    {
        var groups = db.DeliveryGroups.AsNoTracking();
        if (query.After is { } after)
        {
            groups = groups.Where(g => g.Id.CompareTo(after) > 0);
        }

        var limit = query.Limit ?? 50;
        var page = await groups.OrderBy(g => g.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var items = page.Take(limit).Select(DeliveryGroupResponse.From).ToList();
        return TypedResults.Ok(new DeliveryGroupPage(items, page.Count > limit ? items[^1].Id : null));
    }
}

public sealed record ListDeliveryGroupsQuery(Guid? After, [property: Range(1, 200)] int? Limit);

/// <param name="NextAfter">Pass as <c>after</c> for the next page; null on the last page.</param>
public sealed record DeliveryGroupPage(IReadOnlyList<DeliveryGroupResponse> Items, Guid? NextAfter);
