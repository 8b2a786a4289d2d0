using Microsoft.AspNetCore.Http.HttpResults;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Assessments.RankHarm;

internal static class RankHarmEndpoint
{
    public static RouteHandlerBuilder MapRankHarm(this RouteGroupBuilder assessments) =>
        assessments.MapGet("/{year:int}/harm", Handle)
            .WithName("RankHarm")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The assessment's weighted harm ranked by crime type, by district and by crime type in district, each item with the evidence key a proposed priority cites in 'answers'.");

    private static async Task<Ok<HarmRanking>> Handle(int year, PlansDbContext db, CancellationToken cancellationToken)
    {
        var assessment = await db.FindAssessmentOrThrowAsync(year, cancellationToken);
        var evidence = assessment.CrimeEvidence ?? throw new RuleViolationException(
            "crime-evidence-not-compiled",
            $"The {year} assessment has no crime evidence yet; compile it with POST /api/plans/assessments/{year}/crime-evidence.",
            RuleViolationKind.NotFound);
        return TypedResults.Ok(new HarmRanking(
            year, evidence.DataYear, evidence.MonthsImported.Count, evidence.WeightsSource, evidence.WeightsVersion, evidence.CompiledAt,
            evidence.ByCrimeType(), evidence.ByDistrict(), evidence.ByCrimeTypeAndDistrict()));
    }
}

/// <param name="MonthsImported">How many of the data year's twelve months had imported data.</param>
/// <param name="ByCrimeType">County-wide, including rows without a location.</param>
/// <param name="ByDistrict">Located rows only.</param>
public sealed record HarmRanking(
    int AssessmentYear,
    int DataYear,
    int MonthsImported,
    string WeightsSource,
    string WeightsVersion,
    DateTimeOffset CompiledAt,
    IReadOnlyList<HarmRank> ByCrimeType,
    IReadOnlyList<HarmRank> ByDistrict,
    IReadOnlyList<HarmRank> ByCrimeTypeAndDistrict);
