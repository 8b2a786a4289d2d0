using CommunityTrigger.Api.Data;
using CommunityTrigger.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace CommunityTrigger.Api.Cases.GetCase;

internal static class GetCaseEndpoint
{
    public static RouteHandlerBuilder MapGetCase(this RouteGroupBuilder cases) =>
        cases.MapGet("/{id:guid}", Handle)
            .WithName("GetCase")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One case with the applicant's details; the read is audited.");

    private static async Task<Ok<CaseResponse>> Handle(
        Guid id, CommunityTriggerDbContext db, CurrentUser user, AuditTrail audit, CaseClock clock, CancellationToken cancellationToken)
    {
        var triggerCase = await db.FindVisibleOrThrowAsync(id, user, cancellationToken);
        audit.Record(db, "case-viewed", nameof(TriggerCase), triggerCase.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(clock.View(triggerCase));
    }
}
