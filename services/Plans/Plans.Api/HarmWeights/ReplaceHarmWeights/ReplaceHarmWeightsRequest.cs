using System.ComponentModel.DataAnnotations;
using Plans.Api.Domain;

namespace Plans.Api.HarmWeights.ReplaceHarmWeights;

/// <param name="Source">Where the weights come from, e.g. "Cambridge Crime Harm Index, May 2023, aggregated to police.uk types by Norfolk Constabulary's analysts".</param>
/// <param name="SourceVersion">Its version, different from the current one.</param>
/// <param name="Weights">One weight (0 or more) for each of the fourteen police.uk crime types.</param>
public sealed record ReplaceHarmWeightsRequest(
    [property: Required, StringLength(500, MinimumLength = 3)] string Source,
    [property: Required, StringLength(100, MinimumLength = 1)] string SourceVersion,
    [property: Required, MinLength(1), MaxLength(50)] IReadOnlyList<HarmWeightRequest> Weights);

public sealed record HarmWeightRequest(
    [property: Required, StringLength(60)] string CrimeType,
    [property: Range(typeof(decimal), "0", "1000000")] decimal Weight)
{
    public HarmWeight ToWeight() => new(CrimeType, Weight);
}
