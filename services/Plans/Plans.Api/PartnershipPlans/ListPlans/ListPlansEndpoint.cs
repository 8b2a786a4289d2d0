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

    private static async Task<Ok<Page<PlanResponse>>> Handle(
        [AsParameters] ListPlansQuery query, PlansDbContext db, CancellationToken cancellationToken)
    {
        var plans = db.Plans.AsNoTracking();
        if (EnumNames.Parse<PlanStatus>(query.Status) is { } status)
        {
            plans = plans.Where(p => p.Status == status);
        }

        return TypedResults.Ok(await plans.ToPageAsync(p => p.Id, query.After, query.Limit, PlanResponse.From, cancellationToken));
    }
}

public sealed record ListPlansQuery(
    [property: OneOfEnumNames(typeof(PlanStatus))] string? Status,
    Guid? After,
    [property: Range(1, 200)] int? Limit);
