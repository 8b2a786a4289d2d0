using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

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
        Guid id, ModerateApplicationRequest request, FundingDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var application = await db.FindOrThrowAsync(id, cancellationToken);
        var before = ApplicationResponse.AuditView(application);
        application.Moderate(request.Score, request.Reason, user.Id, clock.GetUtcNow());
        audit.Record(db, "application-moderated", nameof(GrantApplication), application.Id.ToString(), before, ApplicationResponse.AuditView(application));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await db.ViewAsync(application, user, cancellationToken));
    }
}
