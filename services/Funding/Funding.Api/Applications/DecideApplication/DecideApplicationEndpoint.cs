using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Funding.Api.Funds;
using Funding.Api.Rounds;
using Funding.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Messaging;

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
    /// the same pot take turns across replicas, so each sees what the previous one committed (see FundLookup.LockBudgetLineAsync).
    /// </remarks>
    private static async Task<Ok<ApplicationResponse>> Handle(
        Guid id, DecideApplicationRequest request, FundingDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var application = await db.LockOrThrowAsync(id, cancellationToken);
        var round = await db.FindRoundOrThrowAsync(application.RoundId, cancellationToken);
        var fund = await db.FindFundOrThrowAsync(application.FundId, cancellationToken);
        var completed = await db.Assessments.CountAsync(a => a.ApplicationId == id && a.ScoredAt != null && a.ConflictOfInterest == null, cancellationToken);
        var priorityLive = await db.Priorities.AnyAsync(p => p.Id == application.Details.PriorityId && !p.Retired, cancellationToken);
        var before = ApplicationResponse.AuditView(application);
        var now = clock.GetUtcNow();

        var amount = application.Decide(
            request.Outcome!.Value, request.Amount, request.Conditions, request.Reason, round, completed, priorityLive, user.Id, now);
        if (amount > 0)
        {
            var period = fund.BudgetPeriodFor(application.Details.PeriodStart);
            var line = await db.LockBudgetLineAsync(fund.Id, period, cancellationToken);
            var lineBefore = BudgetLineResponse.From(line);
            line.Commit(amount);
            var grant = Grant.Award(application, period, now);
            db.Grants.Add(grant);
            db.AddIntegrationEvent(new GrantAwarded
            {
                OccurredAt = now,
                GrantId = grant.Id,
                FundId = grant.FundId,
                PriorityId = grant.PriorityId,
                Amount = grant.Amount,
                FinancialYear = FinancialYear.Containing(grant.PeriodStart).ToString(),
                Districts = grant.Districts,
                PartAward = grant.PartAward,
            });
            audit.Record(db, "budget-committed", nameof(BudgetLine), $"{fund.Id}/{period}", lineBefore, BudgetLineResponse.From(line));
        }

        audit.Record(db, "application-decided", nameof(GrantApplication), application.Id.ToString(), before, ApplicationResponse.AuditView(application));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(await db.ViewAsync(application, user, cancellationToken));
    }
}
