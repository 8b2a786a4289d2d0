using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;

namespace Plans.Api.HarmWeights.ReplaceHarmWeights;

internal static class ReplaceHarmWeightsEndpoint
{
    public static RouteHandlerBuilder MapReplaceHarmWeights(this RouteGroupBuilder weights) =>
        weights.MapPut("/", Handle)
            .WithName("ReplaceHarmWeights")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Replace the harm weights with a new source version; audited before and after, so the audit log is their history. Assessments already compiled keep the weights they were compiled with.");

    private static async Task<Ok<HarmWeightsResponse>> Handle(
        ReplaceHarmWeightsRequest request, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch,
        Changes<HarmIndex> indexes, HttpResponse response, CancellationToken cancellationToken)
    {
        var index = await indexes.ApplyAsync(
            HarmIndex.CurrentId, ifMatch, "harm-weights-replaced",
            (i, now) => i.Replace(request.Source.Trim(), request.SourceVersion.Trim(), [.. request.Weights.Select(w => w.ToWeight())], now),
            cancellationToken);
        response.SetETag(index.Version);
        return TypedResults.Ok(HarmWeightsResponse.From(index));
    }
}
