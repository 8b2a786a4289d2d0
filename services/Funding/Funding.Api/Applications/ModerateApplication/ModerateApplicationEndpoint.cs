using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;

namespace Funding.Api.Applications.ModerateApplication;

public sealed record ModerateApplicationRequest(
    [property: Range(0, 100)] decimal Score,
    [property: Required, StringLength(2000, MinimumLength = 3)] string Reason);

internal static class ModerateApplicationEndpoint
{
    public static RouteHandlerBuilder MapModerateApplication(this RouteGroupBuilder applications) =>
        applications.MapPost("/{id:guid}/moderation", Handle)
            .WithName("ModerateApplication")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Set the moderated score (percentage) the panel sees, with the reason (e.g. assessors far apart).");

    private static async Task<Ok<ApplicationResponse>> Handle(
        Guid id, ModerateApplicationRequest request, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch,
        Changes<GrantApplication> applications, FundingDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        var application = await applications.ApplyAsync(
            id, ifMatch, "application-moderated", (application, now) => application.Moderate(request.Score, request.Reason, user.Id, now), cancellationToken);
        return TypedResults.Ok(await db.ViewAsync(application, user, cancellationToken));
    }
}
