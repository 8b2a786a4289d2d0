using Microsoft.AspNetCore.Http.HttpResults;
using Plans.Api.Domain;

namespace Plans.Api.Reference.ListEnablers;

internal static class ListEnablersEndpoint
{
    /// <summary>The Safer Norfolk Plan 2025–28's wording of each enabler ("Priorities and enablers").</summary>
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        [Enablers.PublicAwareness] = "The public are aware of community safety issues and reporting processes are clear and accessible.",
        [Enablers.SkilledWorkforce] = "The partnership's workforces are provided with resources to enable them to effectively identify and respond to community safety issues.",
        [Enablers.UpToDateAnalysis] = "The response to our community safety priorities is based on up to date and high-quality analysis.",
        [Enablers.EffectiveInterventions] = "Effective interventions are in place that prevent ASB and crime, their causes, make communities safer, provide support to victims and improve feelings of safety.",
    };

    public static RouteHandlerBuilder MapListEnablers(this RouteGroupBuilder reference) =>
        reference.MapGet("/enablers", Handle)
            .WithName("ListEnablers")
            .WithSummary("The four enablers every priority's work plan serves, with the slugs plans and actions use.");

    private static Ok<List<EnablerResponse>> Handle() =>
        TypedResults.Ok(Enablers.All.Select(slug => new EnablerResponse(slug, Descriptions[slug])).ToList());
}

public sealed record EnablerResponse(string Slug, string Description);
