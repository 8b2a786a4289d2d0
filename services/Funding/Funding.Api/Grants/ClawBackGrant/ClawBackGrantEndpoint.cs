using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Funding.Api.Funds;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Changes;

namespace Funding.Api.Grants.ClawBackGrant;

public sealed record ClawBackRequest(
    [property: Range(0.01, 10_000_000)] decimal Amount,
    [property: Required, StringLength(2000, MinimumLength = 3)] string Reason);

internal static class ClawBackGrantEndpoint
{
    public static RouteHandlerBuilder MapClawBackGrant(this RouteGroupBuilder grants) =>
        grants.MapPost("/{id:guid}/clawback", Handle)
            .WithName("ClawBackGrant")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Recover money already paid, with the reason; it returns to the fund's budget.");

    private static async Task<Ok<GrantResponse>> Handle(
        Guid id, ClawBackRequest request, Changes<Grant> grants, Changes<BudgetLine> budget, FundingDbContext db, CurrentUser user,
        CancellationToken cancellationToken)
    {
        await using var change = await grants.StartAsync(id, null, cancellationToken, RowLock.Exclusive);
        var grant = change.Aggregate;
        await using var line = await budget.StartLockedAsync(db, grant.FundId, grant.BudgetPeriod, cancellationToken);
        grant.ClawBack(request.Amount, request.Reason, user.Id, change.Now);
        line.Aggregate.RecoverPayment(request.Amount);
        await line.SaveAsync("budget-recovered", cancellationToken);
        await change.SaveAsync("grant-clawed-back", cancellationToken);
        return TypedResults.Ok(GrantResponse.From(grant));
    }
}
