using System.Globalization;
using System.Text;
using Plans.Api.Domain;
using Plans.Api.Readings;
using Platform.ServiceDefaults.Http;

namespace Plans.Api.Reports.QuarterlyReport;

/// <summary>
/// The report's measures as one CSV row per measure and area, for the analyst building the scrutiny pack in a
/// spreadsheet: the window's four quarters, direction of travel, and on the county row the baseline, the target and
/// progress towards it. A withheld figure is written <c>[c]</c>, as the printed report shows it.
/// </summary>
internal static class QuarterlyReportCsv
{
    public static string Render(QuarterlyReport report)
    {
        var csv = new StringBuilder();
        csv.Append(Csv.Line([
            "outcome", "measure", "unit", "desired_direction", "area", .. report.Quarters,
            "direction_of_travel", "percent_change", "baseline_period", "baseline_value", "target_value", "target_by",
            "target_progress", "percent_of_way_to_target", "expected_percent",
        ]));
        foreach (var outcome in report.Outcomes)
        {
            var outcomeName = string.Create(CultureInfo.InvariantCulture, $"{outcome.Number}. {outcome.Title}");
            foreach (var measure in outcome.Measures)
            {
                foreach (var series in measure.Districts.Prepend(measure.County))
                {
                    var isCounty = ReferenceEquals(series, measure.County);
                    var progress = isCounty ? measure.TargetProgress : null;
                    csv.Append(Csv.Line([
                        outcomeName, measure.Name, measure.Unit, EnumNames.NameOf(measure.DesiredDirection),
                        series.Area,
                        .. series.Values.Zip(series.Withheld, (value, withheld) => withheld ? "[c]" : Number(value)),
                        EnumNames.NameOf(series.Travel.Judgement), Number(series.Travel.PercentChange),
                        isCounty ? measure.Baseline?.Period.ToString() ?? "" : "",
                        isCounty ? Number(measure.Baseline?.Value) : "",
                        isCounty ? Number(measure.Target?.Value) : "",
                        isCounty ? measure.Target?.By.ToString() ?? "" : "",
                        progress is null ? "" : EnumNames.NameOf(progress.Status),
                        Number(progress?.PercentAchieved), Number(progress?.ExpectedPercent),
                    ]));
                }
            }
        }

        return csv.ToString();
    }

    private static string Number(decimal? value) => value is { } v ? ReadingValues.Plain(v).ToString(CultureInfo.InvariantCulture) : "";
}
