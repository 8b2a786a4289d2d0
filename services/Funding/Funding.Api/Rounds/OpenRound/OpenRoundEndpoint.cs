using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Funding.Api.Funds;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Text;

namespace Funding.Api.Rounds.OpenRound;

public sealed record OpenRoundRequest(
    [property: Required] Guid? FundId,
    [property: Required, StringLength(200, MinimumLength = 3)] string Title,
    [property: Required] DateOnly? OpensOn,
    [property: Required] DateOnly? ClosesOn,
    [property: Required, MinLength(1)] List<ApplicantType> ApplicantTypes,
    [property: Required, MinLength(1), MaxLength(20), ItemsMaxLength(40)] List<string> Districts,
    [property: Range(0.01, 10_000_000)] decimal MinimumAward,
    [property: Range(0.01, 10_000_000)] decimal MaximumAward,
    [property: Required] List<Guid> PriorityIds,
    [property: Required, MaxLength(50), ItemsMaxLength(1000)] List<string> Questions,
    [property: Required, MinLength(1)] List<CriterionRequest> Criteria);

public sealed record CriterionRequest(
    [property: Required, StringLength(50), RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Use a slug, e.g. evidence-of-need.")] string Key,
    [property: Required, StringLength(200)] string Title,
    [property: Range(1, 100)] int Weight);

internal static class OpenRoundEndpoint
{
    public static RouteHandlerBuilder MapOpenRound(this RouteGroupBuilder rounds) =>
        rounds.MapPost("/", Handle)
            .WithName("OpenRound")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Open a round of a fund: dates, eligibility, award limits, priorities funded, questions and weighted criteria.");

    private static async Task<Created<RoundResponse>> Handle(
        OpenRoundRequest request, Changes<Round> rounds, FundingDbContext db, CancellationToken cancellationToken)
    {
        await db.FindFundOrThrowAsync(request.FundId!.Value, cancellationToken);
        var round = await rounds.AddAsync(
            now => Round.Open(
                request.FundId.Value, request.Title, request.OpensOn!.Value, request.ClosesOn!.Value, request.ApplicantTypes, request.Districts,
                request.MinimumAward, request.MaximumAward, request.PriorityIds, request.Questions,
                [.. request.Criteria.Select(c => new Criterion(c.Key, c.Title, c.Weight))], now),
            "round-opened", cancellationToken);
        return TypedResults.Created($"/api/funding/rounds/{round.Id}", RoundResponse.From(round));
    }
}
