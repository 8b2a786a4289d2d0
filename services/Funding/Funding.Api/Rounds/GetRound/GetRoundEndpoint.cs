using Funding.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Funding.Api.Rounds.GetRound;

internal static class GetRoundEndpoint
{
    public static RouteHandlerBuilder MapGetRound(this RouteGroupBuilder rounds) =>
        rounds.MapGet("/{id:guid}", Handle)
            .WithName("GetRound")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One round: eligibility, limits, questions and criteria.");

    private static async Task<Ok<RoundResponse>> Handle(Guid id, FundingDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(RoundResponse.From(await db.FindRoundOrThrowAsync(id, cancellationToken)));
}
