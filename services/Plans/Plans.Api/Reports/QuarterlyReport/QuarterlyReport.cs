using Plans.Api.Domain;

namespace Plans.Api.Reports.QuarterlyReport;

/// <summary>The scrutiny panel's quarterly performance report: delivery by priority, then each measure's last four quarters.</summary>
/// <param name="Quarters">The window, oldest first; every series below has one value (or null) per quarter.</param>
public sealed record QuarterlyReport(
    string Period,
    IReadOnlyList<string> Quarters,
    DateOnly ReportedOn,
    IReadOnlyList<PriorityDelivery> Priorities,
    IReadOnlyList<OutcomeProgress> Outcomes,
    IReadOnlyList<PriorityMoney> Funding);

/// <summary>Grants behind an adopted priority to date, from the Funding service's events (pounds).</summary>
public sealed record PriorityMoney(Guid PriorityId, string Title, decimal Committed, decimal Paid, int Grants, int Returns, string? LatestReturn);

/// <param name="Actions">Counted by reported status: an overdue action counts as off track.</param>
public sealed record PriorityDelivery(
    Guid? PriorityId,
    string? Code,
    string Title,
    string? DeliveryGroup,
    RagCounts Actions,
    IReadOnlyList<OverdueAction> Overdue);

public sealed record RagCounts(int NotStarted, int OnTrack, int AtRisk, int OffTrack, int Complete)
{
    public int Total => NotStarted + OnTrack + AtRisk + OffTrack + Complete;
}

public sealed record OverdueAction(Guid ActionId, string Description, string OwnerAgency, DateOnly DueOn, int DaysOverdue, string? SourceReviewReference);

public sealed record OutcomeProgress(int Number, string Title, IReadOnlyList<MeasureProgress> Measures);

/// <param name="Baseline">The county figure progress is measured from; null when none is set.</param>
/// <param name="Target">The county figure the partnership committed to reach; null when none is set.</param>
/// <param name="TargetProgress">The newest published county figure in the window against the target; null without one.</param>
public sealed record MeasureProgress(
    Guid MeasureId,
    string Name,
    string Unit,
    MeasureDirection DesiredDirection,
    string Source,
    bool DisclosureControlled,
    Baseline? Baseline,
    Target? Target,
    TargetProgress? TargetProgress,
    AreaSeries County,
    IReadOnlyList<AreaSeries> Districts);

/// <param name="Values">Null where there is no reading or where it is withheld.</param>
/// <param name="Withheld">Per quarter: the figure of a disclosure-controlled measure is withheld (decision 0025).</param>
/// <param name="Travel">Judged from the published values only.</param>
public sealed record AreaSeries(string Area, IReadOnlyList<decimal?> Values, IReadOnlyList<bool> Withheld, TravelResponse Travel);

public sealed record TravelResponse(TravelTrend Trend, TravelJudgement Judgement, string? From, string? To, decimal? Change, decimal? PercentChange)
{
    public static TravelResponse Of(DirectionOfTravel travel) => new(
        travel.Trend, travel.Judgement, travel.From?.ToString(), travel.To?.ToString(), travel.Change, travel.PercentChange);
}
