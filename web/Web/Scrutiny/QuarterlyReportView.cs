using System.Globalization;

namespace Platform.Web.Scrutiny;

/// <summary>The scrutiny panel's quarterly report (<c>GET /api/plans/reports/quarterly</c>); enums as the API spells them.</summary>
/// <param name="Quarters">The window, oldest first; every series has one value (or null) per quarter.</param>
public sealed record QuarterlyReportView(
    string Period,
    IReadOnlyList<string> Quarters,
    DateOnly ReportedOn,
    IReadOnlyList<PriorityDeliveryView> Priorities,
    IReadOnlyList<OutcomeProgressView> Outcomes);

public sealed record PriorityDeliveryView(string Title, string? DeliveryGroup, RagCountsView Actions, IReadOnlyList<OverdueActionView> Overdue);

public sealed record RagCountsView(int NotStarted, int OnTrack, int AtRisk, int OffTrack, int Complete);

public sealed record OverdueActionView(string Description, string OwnerAgency, DateOnly DueOn, int DaysOverdue);

public sealed record OutcomeProgressView(int Number, string Title, IReadOnlyList<MeasureProgressView> Measures);

public sealed record MeasureProgressView(Guid MeasureId, string Name, string Unit, string DesiredDirection, AreaSeriesView County);

public sealed record AreaSeriesView(string Area, IReadOnlyList<decimal?> Values, IReadOnlyList<bool> Withheld, TravelView Travel);

public sealed record TravelView(string Trend, string Judgement);

/// <summary>
/// A measure's quarters as a small line chart: inline SVG (no script, nothing fetched), with the values in its
/// accessible name, so the chart adds a picture to the figures rather than replacing them.
/// </summary>
public sealed record TrendLine(string Points, IReadOnlyList<(string X, string Y)> Dots, string Label)
{
    public const int Width = 160;
    public const int Height = 40;
    private const int Padding = 5;

    public static TrendLine? Of(IReadOnlyList<decimal?> values, IReadOnlyList<string> quarters, string name)
    {
        var points = values.Select((value, index) => (value, index)).Where(p => p.value is not null).ToList();
        if (points.Count == 0)
        {
            return null;
        }

        var (low, high) = (points.Min(p => p.value!.Value), points.Max(p => p.value!.Value));
        var span = high == low ? 1m : high - low;
        var step = (Width - (2m * Padding)) / Math.Max(values.Count - 1, 1);
        var dots = points.ConvertAll(p => (
            X: Format(Padding + (p.index * step)),
            Y: Format(Height - Padding - ((p.value!.Value - low) / span * (Height - (2 * Padding))))));
        var label = $"{name}: " + string.Join(", ", points.Select(p =>
            $"{(p.index < quarters.Count ? quarters[p.index] : "")} {p.value!.Value.ToString("0.##", CultureInfo.InvariantCulture)}"));
        return new(string.Join(' ', dots.Select(d => d.X + "," + d.Y)), dots, label);
    }

    private static string Format(decimal value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
