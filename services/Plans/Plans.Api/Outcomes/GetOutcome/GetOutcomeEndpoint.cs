using Microsoft.AspNetCore.Http.HttpResults;
using Plans.Api.Data;
using Platform.ServiceDefaults.Data;

namespace Plans.Api.Outcomes.GetOutcome;

internal static class GetOutcomeEndpoint
{
    public static RouteHandlerBuilder MapGetOutcome(this RouteGroupBuilder outcomes) =>
        outcomes.MapGet("/{id:guid}", Handle)
            .WithName("GetOutcome")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One outcome.");

    private static async Task<Ok<OutcomeResponse>> Handle(
        Guid id, PlansDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var outcome = await db.FindOutcomeOrThrowAsync(id, cancellationToken);
        response.SetETag(outcome.Version);
        return TypedResults.Ok(OutcomeResponse.From(outcome));
    }
}
