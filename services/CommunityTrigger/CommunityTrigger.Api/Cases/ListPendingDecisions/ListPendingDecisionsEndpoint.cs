using CommunityTrigger.Api.Data;
using CommunityTrigger.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Auth;

namespace CommunityTrigger.Api.Cases.ListPendingDecisions;

internal static class ListPendingDecisionsEndpoint
{
    public static RouteHandlerBuilder MapListPendingDecisions(this RouteGroupBuilder cases) =>
        cases.MapGet("/pending-decisions", Handle)
            .WithName("ListPendingDecisions")
            .WithSummary("Applications awaiting a threshold decision in your districts, soonest due first; filter by `deadline` (due-soon, overdue).");

    private static async Task<Ok<IReadOnlyList<PendingDecision>>> Handle(
        DeadlineStatus? deadline, CommunityTriggerDbContext db, CurrentUser user, CaseClock clock, CancellationToken cancellationToken)
    {
        var pending = await db.Cases.AsNoTracking().VisibleTo(user)
            .Where(c => c.Status == CaseStatus.Received)
            .OrderBy(c => c.DecisionDueOn).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        IReadOnlyList<PendingDecision> items =
        [
            .. pending
                .Select(c => new PendingDecision(CaseSummary.From(c), clock.DecisionDeadline(c)!.Value))
                .Where(p => deadline is null || p.Deadline == deadline),
        ];
        return TypedResults.Ok(items);
    }
}

public sealed record PendingDecision(CaseSummary Case, DeadlineStatus Deadline);
