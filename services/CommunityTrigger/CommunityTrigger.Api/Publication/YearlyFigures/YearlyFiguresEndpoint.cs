using System.Globalization;
using System.Text;
using CommunityTrigger.Api.Cases;
using CommunityTrigger.Api.Data;
using CommunityTrigger.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;

namespace CommunityTrigger.Api.Publication.YearlyFigures;

internal static class YearlyFiguresEndpoint
{
    private const int FirstYear = 2014; // the Community Trigger started in October 2014

    public static RouteHandlerBuilder MapYearlyFigures(this RouteGroupBuilder publication) =>
        publication.MapGet("/{year:int}", Handle)
            .WithName("YearlyFigures")
            .ProducesValidationProblem()
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .WithSummary("Applications received, threshold not met, reviews carried out and reviews with recommendations in a calendar year, per district and county-wide; `format=csv` for a spreadsheet.");

    /// <summary>Each figure counts by the date of its own step: an application received in December and reviewed in January counts in both years' columns.</summary>
    private static async Task<Results<Ok<YearlyFigures>, ContentHttpResult, ValidationProblem>> Handle(
        int year, string? format, CommunityTriggerDbContext db, CaseClock clock, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>();
        if (year < FirstYear || year > clock.Today.Year)
        {
            problems["year"] = [$"Choose a year from {FirstYear} to {clock.Today.Year}."];
        }

        if (format is not (null or "json" or "csv"))
        {
            problems["format"] = ["Use json or csv."];
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var figures = await CountAsync(db, year, cancellationToken);
        return format == "csv" ? TypedResults.Text(ToCsv(figures), "text/csv", Encoding.UTF8) : TypedResults.Ok(figures);
    }

    private static async Task<YearlyFigures> CountAsync(CommunityTriggerDbContext db, int year, CancellationToken cancellationToken)
    {
        var from = new DateOnly(year, 1, 1);
        var to = from.AddYears(1);
        var cases = db.Cases.AsNoTracking();
        var received = await PerDistrictAsync(cases.Where(c => c.ReceivedOn >= from && c.ReceivedOn < to), cancellationToken);
        var notMet = await PerDistrictAsync(
            cases.Where(c => c.ThresholdMet == false && c.ThresholdDecidedOn >= from && c.ThresholdDecidedOn < to), cancellationToken);
        var reviewed = cases.Where(c => c.ReviewHeldOn >= from && c.ReviewHeldOn < to);
        var reviews = await PerDistrictAsync(reviewed, cancellationToken);
        var withRecommendations = await PerDistrictAsync(reviewed.Where(c => c.Recommendations.Any()), cancellationToken);

        var districts = Districts.All
            .Select(d => new DistrictFigures(
                d, received.GetValueOrDefault(d), notMet.GetValueOrDefault(d), reviews.GetValueOrDefault(d), withRecommendations.GetValueOrDefault(d)))
            .ToList();
        var county = new DistrictFigures(
            Districts.County,
            districts.Sum(d => d.ApplicationsReceived),
            districts.Sum(d => d.ThresholdNotMet),
            districts.Sum(d => d.ReviewsCarriedOut),
            districts.Sum(d => d.ReviewsWithRecommendations));
        return new YearlyFigures(year, districts, county);
    }

    private static async Task<Dictionary<string, int>> PerDistrictAsync(IQueryable<TriggerCase> cases, CancellationToken cancellationToken) =>
        await cases.GroupBy(c => c.District).Select(g => new { District = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.District, g => g.Count, cancellationToken);

    private static string ToCsv(YearlyFigures figures)
    {
        var csv = new StringBuilder("year,district,applications_received,threshold_not_met,reviews_carried_out,reviews_with_recommendations\n");
        foreach (var d in figures.Districts.Append(figures.County))
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{figures.Year},{d.District},{d.ApplicationsReceived},{d.ThresholdNotMet},{d.ReviewsCarriedOut},{d.ReviewsWithRecommendations}\n");
        }

        return csv.ToString();
    }
}

public sealed record YearlyFigures(int Year, IReadOnlyList<DistrictFigures> Districts, DistrictFigures County);

public sealed record DistrictFigures(
    string District, int ApplicationsReceived, int ThresholdNotMet, int ReviewsCarriedOut, int ReviewsWithRecommendations);
