using Microsoft.AspNetCore.Http.HttpResults;
using Plans.Api.Data;
using Platform.ServiceDefaults.Data;

namespace Plans.Api.Measures.GetMeasure;

internal static class GetMeasureEndpoint
{
    public static RouteHandlerBuilder MapGetMeasure(this RouteGroupBuilder measures) =>
        measures.MapGet("/{id:guid}", Handle)
            .WithName("GetMeasure")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One measure, with its version as the ETag.");

    private static async Task<Ok<MeasureResponse>> Handle(
        Guid id, PlansDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var measure = await db.FindMeasureOrThrowAsync(id, cancellationToken);
        response.SetETag(measure.Version);
        return TypedResults.Ok(MeasureResponse.From(measure));
    }
}
