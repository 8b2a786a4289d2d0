using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Funding.Api.Funds;
using Funding.Api.Rounds;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;

namespace Funding.Api.Applications.DecideApplication;

public sealed record DecideApplicationRequest(
    [property: Required] DecisionOutcome? Outcome,
    [property: Required, StringLength(4000, MinimumLength = 3)] string Reason,
    [property: Range(0.01, 10_000_000)] decimal? Amount = null,
    [property: StringLength(4000)] string? Conditions = null);

internal static class DecideApplicationEndpoint
{
    public static RouteHandlerBuilder MapDecideApplication(this RouteGroupBuilder applications) =>
        applications.MapPost("/{id:guid}/decision", Handle)
            .WithName("DecideApplication")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("The panel's decision: award, part-award (amount and conditions) or decline, with reasons. An award commits the fund's budget and is refused, naming what remains, if it would over-commit it; publishes GrantAwarded.");

    /// <remarks>
    /// The application's row lock makes one decision per application; the budget line's row lock makes decisions against
    /// the same pot take turns across replicas, so each sees what the previous one committed (FundLookup.StartLockedAsync).
    /// </remarks>
    private static async Task<Ok<ApplicationResponse>> Handle(
        Guid id, DecideApplicationRequest request, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch,
        Changes<GrantApplication> applications, Changes<BudgetLine> budget, Changes<Grant> grants, FundingDbContext db, CurrentUser user,
        CancellationToken cancellationToken)
    {
        await using var change = await applications.StartAsync(id, ifMatch, cancellationToken, RowLock.Exclusive);
        var application = change.Aggregate;
        var round = await db.FindRoundOrThrowAsync(application.RoundId, cancellationToken);
        var fund = await db.FindFundOrThrowAsync(application.FundId, cancellationToken);
        var completed = await db.Assessments.CountAsync(a => a.ApplicationId == id && a.ScoredAt != null && a.ConflictOfInterest == null, cancellationToken);
        var priorityLive = await db.Priorities.AnyAsync(p => p.Id == application.Details.PriorityId && !p.Retired, cancellationToken);

        var amount = application.Decide(
            request.Outcome!.Value, request.Amount, request.Conditions, request.Reason, round, completed, priorityLive, user.Id, change.Now);
        if (amount > 0)
        {
            var period = fund.BudgetPeriodFor(application.Details.PeriodStart);
            await using var line = await budget.StartLockedAsync(db, fund.Id, period, cancellationToken);
            line.Aggregate.Commit(amount);
            await line.SaveAsync("budget-committed", cancellationToken);
            await grants.AddAsync(Grant.Award(application, period, change.Now), "grant-awarded", cancellationToken);
        }

        await change.SaveAsync("application-decided", cancellationToken);
        return TypedResults.Ok(await db.ViewAsync(application, user, cancellationToken));
    }
}
