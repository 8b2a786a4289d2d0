using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Data;

namespace Plans.Api.HarmWeights.GetHarmWeights;

internal static class GetHarmWeightsEndpoint
{
    public static RouteHandlerBuilder MapGetHarmWeights(this RouteGroupBuilder weights) =>
        weights.MapGet("/", Handle)
            .WithName("GetHarmWeights")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The harm weight of each police.uk crime type, with their source and version; the ETag is the row version to send as If-Match.");

    private static async Task<Ok<HarmWeightsResponse>> Handle(PlansDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var index = await db.HarmIndexes.AsNoTracking().SingleOrDefaultAsync(i => i.Id == HarmIndex.CurrentId, cancellationToken)
            ?? throw HarmWeightsEndpoints.NotSeeded();
        response.SetETag(index.Version);
        return TypedResults.Ok(HarmWeightsResponse.From(index));
    }
}
