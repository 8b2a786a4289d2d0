using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Plans.Api.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Time;

namespace Plans.Api.Actions.CompositeActionPlan;

internal static class ListCompositeActionPlanEndpoint
{
    public static RouteHandlerBuilder MapListCompositeActionPlan(this RouteGroupBuilder compositePlan) =>
        compositePlan.MapGet("/", Handle)
            .WithName("ListCompositeActionPlan")
            .WithSummary("Every action taken from a review's agreed recommendation, with its source review's reference and reported status; pass `after` (the last id) for the next page.");

    private static async Task<Ok<Page<ActionResponse>>> Handle(
        [AsParameters] ListCompositeActionPlanQuery query, PlansDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var actions = db.DeliveryActions.Where(a => a.SourceRecommendationId != null);
        return TypedResults.Ok(await actions.PageAsync(query.After, query.Limit, clock.Today(), cancellationToken));
    }
}

public sealed record ListCompositeActionPlanQuery(Guid? After, [property: Range(1, 200)] int? Limit);
