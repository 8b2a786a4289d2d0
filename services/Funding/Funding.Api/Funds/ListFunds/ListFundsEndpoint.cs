using Funding.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Funding.Api.Funds.ListFunds;

internal static class ListFundsEndpoint
{
    public static RouteHandlerBuilder MapListFunds(this RouteGroupBuilder funds) =>
        funds.MapGet("/", Handle).WithName("ListFunds").WithSummary("Every fund with its budget lines.");

    private static async Task<Ok<List<FundResponse>>> Handle(FundingDbContext db, CancellationToken cancellationToken)
    {
        var funds = await db.Funds.AsNoTracking().OrderBy(f => f.Code).ToListAsync(cancellationToken);
        var lines = (await db.BudgetLines.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(l => l.FundId);
        return TypedResults.Ok(funds.Select(f => FundResponse.From(f, lines[f.Id])).ToList());
    }
}
