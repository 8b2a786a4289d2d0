using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Funding.Api.Funds;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;

namespace Funding.Api.Grants.VaryGrant;

public sealed record VaryGrantRequest(
    [property: Range(0.01, 10_000_000)] decimal Amount,
    [property: Required, StringLength(2000, MinimumLength = 3)] string Reason);

internal static class VaryGrantEndpoint
{
    public static RouteHandlerBuilder MapVaryGrant(this RouteGroupBuilder grants) =>
        grants.MapPost("/{id:guid}/variation", Handle)
            .WithName("VaryGrant")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Vary the award with a reason: an increase commits more of the budget (refused, naming what remains, if it would over-commit), a decrease releases it.");

    private static async Task<Ok<GrantResponse>> Handle(
        Guid id, VaryGrantRequest request, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch, Changes<Grant> grants,
        Changes<BudgetLine> budget, FundingDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        await using var change = await grants.StartAsync(id, ifMatch, cancellationToken, RowLock.Exclusive);
        var grant = change.Aggregate;
        await using var line = await budget.StartLockedAsync(db, grant.FundId, grant.BudgetPeriod, cancellationToken);
        var more = grant.Vary(request.Amount, request.Reason, user.Id, change.Now);
        if (more > 0)
        {
            line.Aggregate.Commit(more);
        }
        else
        {
            line.Aggregate.Release(-more);
        }

        await line.SaveAsync(more > 0 ? "budget-committed" : "budget-released", cancellationToken);
        await change.SaveAsync("grant-varied", cancellationToken);
        return TypedResults.Ok(GrantResponse.From(grant));
    }
}
