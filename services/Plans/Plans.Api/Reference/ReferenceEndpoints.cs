using Plans.Api.Reference.ListAgencies;
using Plans.Api.Reference.ListAreas;
using Plans.Api.Reference.ListEnablers;

namespace Plans.Api.Reference;

internal static class ReferenceEndpoints
{
    /// <summary>Reference data, read by everyone signed in; loaded by the seed step, changed by migrations only.</summary>
    public static IEndpointRouteBuilder MapReferenceData(this IEndpointRouteBuilder endpoints)
    {
        var reference = endpoints.MapGroup("/api/plans/reference").WithTags("Reference data");
        reference.MapListAreas();
        reference.MapListAgencies();
        reference.MapListEnablers();
        return endpoints;
    }
}
