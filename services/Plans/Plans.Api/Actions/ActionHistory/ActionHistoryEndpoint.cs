using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Actions.ActionHistory;

internal static class ActionHistoryEndpoint
{
    public static RouteHandlerBuilder MapActionHistory(this RouteGroupBuilder actions) =>
        actions.MapGet("/{id:guid}/history", Handle)
            .WithName("ActionHistory")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Every status change of an action, oldest first: from, to, the note, when and who.");

    private static async Task<Ok<ActionHistoryResponse>> Handle(Guid id, PlansDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.DeliveryActions.AnyAsync(a => a.Id == id, cancellationToken))
        {
            throw new RuleViolationException("action-not-found", $"There is no action {id}.", RuleViolationKind.NotFound);
        }

        var changes = await db.ActionStatusChanges.AsNoTracking()
            .Where(c => c.ActionId == id)
            .OrderBy(c => c.Id)
            .Select(c => new StatusChangeResponse(c.FromStatus, c.ToStatus, c.Note, c.ChangedAt, c.ChangedBy))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new ActionHistoryResponse(id, changes));
    }
}

public sealed record ActionHistoryResponse(Guid ActionId, IReadOnlyList<StatusChangeResponse> Changes);

/// <param name="By">The token subject of whoever changed it.</param>
public sealed record StatusChangeResponse(ActionStatus From, ActionStatus To, string Note, DateTimeOffset At, string By);
