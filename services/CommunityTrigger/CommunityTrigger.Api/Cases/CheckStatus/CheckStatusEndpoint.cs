using System.ComponentModel.DataAnnotations;
using CommunityTrigger.Api.Data;
using CommunityTrigger.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;

namespace CommunityTrigger.Api.Cases.CheckStatus;

internal static class CheckStatusEndpoint
{
    /// <summary>POST, not GET: the reference is a secret and must not end up in URLs, proxy logs or browser history.</summary>
    public static RouteHandlerBuilder MapCheckStatus(this RouteGroupBuilder communityTrigger) =>
        communityTrigger.MapPost("/status", Handle)
            .AllowAnonymous()
            .WithName("CheckStatus")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Where an application stands, by its secret reference (public, no account).");

    private static async Task<Ok<ApplicationStatus>> Handle(
        StatusRequest request, CommunityTriggerDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        var triggerCase = await db.FindByReferenceOrThrowAsync(request.Reference, cancellationToken);
        audit.Record(db, "status-checked", nameof(TriggerCase), triggerCase.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ApplicationStatus.From(triggerCase));
    }
}

public sealed record StatusRequest([property: Required, StringLength(100)] string Reference);
