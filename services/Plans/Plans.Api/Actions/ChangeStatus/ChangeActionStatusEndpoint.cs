using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.Contracts;
using Platform.ServiceDefaults.Changes;
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
        PlansDbContext db, Changes<DeliveryAction> actions, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var change = await actions.StartAsync(id, ifMatch: null, cancellationToken);
        var action = change.Aggregate;
        if (!user.IsInRole(Roles.PartnershipOfficer) && user.Agency != action.OwnerAgency)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "A delivery lead may only update their own agency's actions.",
                extensions: new Dictionary<string, object?> { ["rule"] = "not-owner-agency" });
        }

        change.ExpectVersion(ifMatch);
        db.ActionStatusChanges.Add(action.ChangeStatus(EnumNames.Parse<ActionStatus>(request.Status)!.Value, request.Note, user.Id, change.Now));
        await change.SaveAsync("action-status-changed", cancellationToken);
        return TypedResults.Ok(ActionResponse.From(action, clock.Today()));
    }
}
