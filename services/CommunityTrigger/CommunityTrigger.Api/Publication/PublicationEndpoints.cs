using CommunityTrigger.Api.Publication.YearlyFigures;

namespace CommunityTrigger.Api.Publication;

internal static class PublicationEndpoints
{
    /// <summary>The yearly figures the partnership must publish: counts only, so anyone may read them.</summary>
    public static IEndpointRouteBuilder MapPublication(this IEndpointRouteBuilder endpoints)
    {
        var publication = endpoints.MapGroup("/api/community-trigger/publication").WithTags("Publication").AllowAnonymous();
        publication.MapYearlyFigures();
        return endpoints;
    }
}
