using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;

namespace Plans.Api.Measures.SetTarget;

internal static class SetTargetEndpoint
{
    public static RouteHandlerBuilder MapSetTarget(this RouteGroupBuilder measures) =>
        measures.MapPut("/{id:guid}/target", Handle)
            .WithName("SetMeasureTarget")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Set a measure's baseline (quarter and county figure) and optional target (figure and quarter to reach it by); audited, so the audit log is its history. Send the ETag you read as If-Match.");

    private static async Task<Ok<MeasureResponse>> Handle(
        Guid id, SetTargetRequest request, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch,
        Changes<Measure> measures, HttpResponse response, CancellationToken cancellationToken)
    {
        var measure = await measures.ApplyAsync(
            id, ifMatch, "measure-target-set",
            (m, _) => m.SetBaselineAndTarget(request.Baseline!.ToBaseline(), request.Target?.ToTarget()),
            cancellationToken);
        response.SetETag(measure.Version);
        return TypedResults.Ok(MeasureResponse.From(measure));
    }
}
