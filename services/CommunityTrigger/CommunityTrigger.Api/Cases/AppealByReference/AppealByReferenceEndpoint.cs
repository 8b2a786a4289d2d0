using System.ComponentModel.DataAnnotations;
using CommunityTrigger.Api.Cases.CheckStatus;
using CommunityTrigger.Api.Data;
using CommunityTrigger.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;

namespace CommunityTrigger.Api.Cases.AppealByReference;

internal static class AppealByReferenceEndpoint
{
    public static RouteHandlerBuilder MapAppealByReference(this RouteGroupBuilder communityTrigger) =>
        communityTrigger.MapPost("/status/appeal", Handle)
            .AllowAnonymous()
            .WithName("AppealByReference")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("The applicant appeals the outcome online, by their secret reference, within the appeal window.");

    private static async Task<Ok<ApplicationStatus>> Handle(
        PublicAppealRequest request, CommunityTriggerDbContext db, AuditTrail audit, CaseClock clock, CancellationToken cancellationToken)
    {
        var triggerCase = await db.FindByReferenceOrThrowAsync(request.Reference, cancellationToken);
        var before = CaseSummary.From(triggerCase);
        triggerCase.RequestAppeal(request.Grounds, clock.Now);
        audit.Record(db, "appeal-requested", nameof(TriggerCase), triggerCase.Id.ToString(), before, CaseSummary.From(triggerCase));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ApplicationStatus.From(triggerCase));
    }
}

public sealed record PublicAppealRequest(
    [property: Required, StringLength(100)] string Reference,
    [property: Required, StringLength(4000, MinimumLength = 3)] string Grounds);
