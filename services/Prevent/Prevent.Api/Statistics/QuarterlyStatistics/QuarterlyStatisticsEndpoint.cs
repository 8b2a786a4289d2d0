using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Disclosure;
using Platform.ServiceDefaults.Http;
using Prevent.Api.Data;
using Prevent.Api.Domain;

namespace Prevent.Api.Statistics.QuarterlyStatistics;

internal static class QuarterlyStatisticsEndpoint
{
    public static RouteHandlerBuilder MapQuarterlyStatistics(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/prevent/statistics/{year:int}/q{quarter:int}", Handle)
            .RequireAuthorization()
            .WithTags("Statistics")
            .WithName("QuarterlyStatistics")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary(
                "Referrals received in a calendar quarter by sector, age band, district and outcome; Channel referrals and adoptions; " +
                "referrals returned with no action. Any count under 5 is suppressed, and further cells where the total would give one away. For every signed-in user.");

    private static async Task<Ok<QuarterlyStatisticsResponse>> Handle(int year, int quarter, PreventDbContext db, CancellationToken cancellationToken)
    {
        var period = Quarter.Of(year, quarter);
        var referrals = await db.Referrals.AsNoTracking()
            .Where(r => r.ReceivedOn >= period.From && r.ReceivedOn <= period.To)
            .Select(r => new Counted(r.Sector, r.AgeBand, r.District, r.Status))
            .ToListAsync(cancellationToken);
        var suppression = new SmallNumberSuppression();
        var total = suppression.Count(referrals.Count);
        var bySector = suppression.Breakdown(total, CountBy(referrals, r => EnumNames.NameOf(r.Sector), EnumNames.Names(typeof(Sector))));
        var byAgeBand = suppression.Breakdown(total, CountBy(referrals, r => r.AgeBand, AgeBands.All));
        var byDistrict = suppression.Breakdown(total, CountBy(referrals, r => r.District, Platform.Contracts.Districts.All));
        var byOutcome = suppression.Breakdown(total, CountBy(referrals, r => Outcome(r.Status), Outcomes));
        var adopted = referrals.Count(r => r.Status is ReferralStatus.Adopted or ReferralStatus.InSupport or ReferralStatus.ConsentWithdrawn or ReferralStatus.Exited);
        var adoptions = suppression.Count(adopted);

        // Channel referrals minus adoptions would otherwise publish the ones not adopted, however few.
        suppression.Total(byOutcome["channel"], [adoptions, suppression.Unpublished(referrals.Count(r => Outcome(r.Status) == "channel") - adopted)]);
        var published = suppression.Apply();
        var outcomes = Cells(published, byOutcome);

        // The outcome figures repeat cells of the outcome breakdown, so they are taken from it: a cell withheld there
        // (primary or secondary suppression) must not be published again here.
        return TypedResults.Ok(new QuarterlyStatisticsResponse(
            period.Name,
            period.From,
            period.To,
            SmallNumberSuppression.Threshold,
            StatisticCell.Of(published[total]),
            Cells(published, bySector),
            Cells(published, byAgeBand),
            Cells(published, byDistrict),
            outcomes,
            outcomes["channel"],
            StatisticCell.Of(published[adoptions]),
            outcomes["no-further-action"]));
    }

    private static readonly IReadOnlyList<string> Outcomes = ["awaiting-triage", "no-further-action", "signposted", "channel"];

    private static string Outcome(ReferralStatus status) => status switch
    {
        ReferralStatus.Received => "awaiting-triage",
        ReferralStatus.NoFurtherAction => "no-further-action",
        ReferralStatus.Signposted => "signposted",
        _ => "channel",
    };

    private static Dictionary<string, int> CountBy(List<Counted> referrals, Func<Counted, string> key, IReadOnlyList<string> all) =>
        all.ToDictionary(value => value, value => referrals.Count(r => key(r) == value));

    private static Dictionary<string, StatisticCell> Cells(PublishedFigures published, IReadOnlyDictionary<string, Figure> figures) =>
        figures.ToDictionary(pair => pair.Key, pair => StatisticCell.Of(published[pair.Value]));

    private sealed record Counted(Sector Sector, string AgeBand, string District, ReferralStatus Status);
}

/// <summary>A published count: the count, or withheld (<see cref="SmallNumberSuppression"/>).</summary>
public sealed record StatisticCell(int? Count, bool Suppressed)
{
    public static StatisticCell Of(int? published) => new(published, published is null);
}

/// <param name="ChannelReferrals">Referrals received in the quarter that triage sent to Channel.</param>
/// <param name="ChannelAdoptions">Of those, the cases a panel adopted.</param>
/// <param name="ReturnedWithNoAction">Referral quality: referrals closed with no further action.</param>
public sealed record QuarterlyStatisticsResponse(
    string Quarter,
    DateOnly From,
    DateOnly To,
    int SuppressedBelow,
    StatisticCell Referrals,
    IReadOnlyDictionary<string, StatisticCell> BySector,
    IReadOnlyDictionary<string, StatisticCell> ByAgeBand,
    IReadOnlyDictionary<string, StatisticCell> ByDistrict,
    IReadOnlyDictionary<string, StatisticCell> ByOutcome,
    StatisticCell ChannelReferrals,
    StatisticCell ChannelAdoptions,
    StatisticCell ReturnedWithNoAction);
