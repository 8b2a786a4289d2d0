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

    /// <param name="deadline">Kebab-case like every enum the API shows (query binding alone would want <c>DueSoon</c>).</param>
    private static async Task<Results<Ok<IReadOnlyList<PendingDecision>>, ValidationProblem>> Handle(
        string? deadline, CommunityTriggerDbContext db, CurrentUser user, CaseClock clock, CancellationToken cancellationToken)
    {
        DeadlineStatus? wanted = null;
        if (deadline is not null)
        {
            wanted = Enum.GetValues<DeadlineStatus>().FirstOrDefault(s => s.ToKebab() == deadline);
            if (wanted.Value.ToKebab() != deadline)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["deadline"] = [$"Use one of: {string.Join(", ", Enum.GetValues<DeadlineStatus>().Select(s => s.ToKebab()))}."],
                });
            }
        }

        var pending = await db.Cases.AsNoTracking().VisibleTo(user)
            .Where(c => c.Status == CaseStatus.Received)
            .OrderBy(c => c.DecisionDueOn).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        IReadOnlyList<PendingDecision> items =
        [
            .. pending
                .Select(c => new PendingDecision(CaseSummary.From(c), clock.DecisionDeadline(c)!.Value))
                .Where(p => wanted is null || p.Deadline == wanted),
        ];
        return TypedResults.Ok(items);
    }
}

public sealed record PendingDecision(CaseSummary Case, DeadlineStatus Deadline);
