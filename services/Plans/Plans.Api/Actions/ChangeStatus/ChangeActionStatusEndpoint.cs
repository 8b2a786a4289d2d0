using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Time;

namespace Plans.Api.Actions.ChangeStatus;

internal static class ChangeActionStatusEndpoint
{
    public static RouteHandlerBuilder MapChangeActionStatus(this RouteGroupBuilder actions) =>
        actions.MapPost("/{id:guid}/status", Handle)
            .WithName("ChangeActionStatus")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Set an action's RAG status with a note (kept in its history); a complete action is closed.");

    private static async Task<Results<Ok<ActionResponse>, ProblemHttpResult>> Handle(
        Guid id, ChangeActionStatusRequest request, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch,
        PlansDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var action = await db.FindActionOrThrowAsync(id, cancellationToken);
        if (!user.IsInRole(Roles.PartnershipOfficer) && user.Agency != action.OwnerAgency)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "A delivery lead may only update their own agency's actions.",
                extensions: new Dictionary<string, object?> { ["rule"] = "not-owner-agency" });
        }

        ExpectedVersion.Check(action.Version, ifMatch);
        var today = clock.Today();
        var before = ActionResponse.From(action, today);
        var change = action.ChangeStatus(EnumNames.Parse<ActionStatus>(request.Status)!.Value, request.Note, user.Id, clock.GetUtcNow());
        db.ActionStatusChanges.Add(change);
        audit.Record(db, "action-status-changed", nameof(DeliveryAction), action.Id.ToString(), before, ActionResponse.From(action, today));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ActionResponse.From(action, today));
    }
}
