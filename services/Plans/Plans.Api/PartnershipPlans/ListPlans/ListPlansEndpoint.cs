using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Http;

namespace Plans.Api.PartnershipPlans.ListPlans;

internal static class ListPlansEndpoint
{
    public static RouteHandlerBuilder MapListPlans(this RouteGroupBuilder plans) =>
        plans.MapGet("/", Handle)
            .WithName("ListPlans")
            .WithSummary("Plan versions in the order they were drafted; pass `after` (the last id) for the next page.");

    private static async Task<Ok<PlanPage>> Handle(
        [AsParameters] ListPlansQuery query, PlansDbContext db, CancellationToken cancellationToken)
    {
        var plans = db.Plans.AsNoTracking();
        if (EnumNames.Parse<PlanStatus>(query.Status) is { } status)
        {
            plans = plans.Where(p => p.Status == status);
        }

        if (query.After is { } after)
        {
            plans = plans.Where(p => p.Id.CompareTo(after) > 0);
        }

        var limit = query.Limit ?? 50;
        var page = await plans.OrderBy(p => p.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var items = page.Take(limit).Select(PlanResponse.From).ToList();
        return TypedResults.Ok(new PlanPage(items, page.Count > limit ? items[^1].Id : null));
    }
}

public sealed record ListPlansQuery(
    [property: OneOfEnumNames(typeof(PlanStatus))] string? Status,
    Guid? After,
    [property: Range(1, 200)] int? Limit);

/// <param name="NextAfter">Pass as <c>after</c> for the next page; null on the last page.</param>
public sealed record PlanPage(IReadOnlyList<PlanResponse> Items, Guid? NextAfter);
