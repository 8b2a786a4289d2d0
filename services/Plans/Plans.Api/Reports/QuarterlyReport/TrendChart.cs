using System.Globalization;
using System.Text;

namespace Plans.Api.Reports.QuarterlyReport;

/// <summary>A small inline SVG line of one series, for the printed report: no script, no external files.</summary>
internal static class TrendChart
{
    private const int Width = 120;
    private const int Height = 36;
    private const int Padding = 4;

    /// <summary>Nothing at all when there is nothing to draw, so an empty measure takes no space on paper.</summary>
    public static string Svg(IReadOnlyList<decimal?> values, string label)
    {
        var points = values
            .Select((value, index) => (value, index))
            .Where(p => p.value is not null)
            .Select(p => (p.index, value: p.value!.Value))
            .ToList();
        if (points.Count == 0)
        {
            return "";
        }

        var svg = new StringBuilder(
            $"""<svg class="trend" width="{Width}" height="{Height}" viewBox="0 0 {Width} {Height}" role="img" aria-label="{label}">""");
        var (low, high) = (points.Min(p => p.value), points.Max(p => p.value));
        var span = high == low ? 1m : high - low;
        var step = (Width - (2 * Padding)) / (decimal)Math.Max(values.Count - 1, 1);
        var coordinates = points.ConvertAll(p => (
            x: Padding + (p.index * step),
            y: Height - Padding - ((p.value - low) / span * (Height - (2 * Padding)))));
        svg.Append(CultureInfo.InvariantCulture, $"""<polyline fill="none" stroke="#1d4e89" stroke-width="2" points="{string.Join(' ', coordinates.Select(c => Format(c.x) + "," + Format(c.y)))}"/>""");
        foreach (var (x, y) in coordinates)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{Format(x)}" cy="{Format(y)}" r="2.5" fill="#1d4e89"/>""");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Format(decimal value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
