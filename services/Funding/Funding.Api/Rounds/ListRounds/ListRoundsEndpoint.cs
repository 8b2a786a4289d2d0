using Funding.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Funding.Api.Rounds.ListRounds;

internal static class ListRoundsEndpoint
{
    public static RouteHandlerBuilder MapListRounds(this RouteGroupBuilder rounds) =>
        rounds.MapGet("/", Handle).WithName("ListRounds").WithSummary("Rounds, newest first; fundId narrows to one fund.");

    private static async Task<Ok<List<RoundResponse>>> Handle(Guid? fundId, FundingDbContext db, CancellationToken cancellationToken)
    {
        var rounds = await db.Rounds.AsNoTracking()
            .Where(r => fundId == null || r.FundId == fundId)
            .OrderByDescending(r => r.OpensOn)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rounds.Select(RoundResponse.From).ToList());
    }
}
