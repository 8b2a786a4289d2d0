using Funding.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Data;

namespace Funding.Api.Applications.GetApplication;

internal static class GetApplicationEndpoint
{
    public static RouteHandlerBuilder MapGetApplication(this RouteGroupBuilder applications) =>
        applications.MapGet("/{id:guid}", Handle)
            .WithName("GetApplication")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One application, with its assessments, moderation and decision as the caller may see them.");

    private static async Task<Ok<ApplicationResponse>> Handle(
        Guid id, FundingDbContext db, CurrentUser user, HttpResponse response, CancellationToken cancellationToken)
    {
        var application = await db.FindVisibleOrThrowAsync(id, user, cancellationToken);
        response.SetETag(application.Version);
        return TypedResults.Ok(await db.ViewAsync(application, user, cancellationToken));
    }
}
