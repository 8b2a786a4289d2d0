using System.Globalization;
using System.Net;
using System.Text;
using Plans.Api.Data.Seed;
using Plans.Api.Domain;

namespace Plans.Api.Reports.QuarterlyReport;

/// <summary>
/// The report as a page a councillor prints before the scrutiny meeting: plain tables, a trend line per measure, words
/// rather than codes ("Improving", "Down is better"), and nothing that needs a script to show.
/// </summary>
internal static class QuarterlyReportPage
{
    // The invariant culture writes English month names and "1,234.5": what en-GB would, without ICU (InvariantGlobalization).
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>The areas' names as the reference data spells them.</summary>
    private static readonly Dictionary<string, string> AreaNames = SeedData.Areas.ToDictionary(a => a.Slug, a => a.Name);

    public static string Render(QuarterlyReport report)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <title>Quarterly performance report {E(Label(report.Period))}</title>
            <style>{Style}</style>
            </head>
            <body>
            <h1>Community safety: quarterly performance report</h1>
            <p class="meta">{E(Label(report.Period))} (figures for {E(Label(report.Quarters[0]))} to {E(Label(report.Quarters[^1]))}).
            Action status as reported on {report.ReportedOn.ToString("d MMMM yyyy", English)}; an action past its due date and not complete counts as red.</p>
            """);
        AppendDelivery(html, report);
        AppendOutcomes(html, report);
        AppendFunding(html, report);
        html.Append("</body></html>");
        return html.ToString();
    }

    private static void AppendDelivery(StringBuilder html, QuarterlyReport report)
    {
        html.Append("""
            <h2>1. Delivery of the plan's priorities</h2>
            <table class="rag"><thead><tr><th>Priority</th><th>Delivery group</th><th>Actions</th>
            <th class="grey">Not started</th><th class="green">Green</th><th class="amber">Amber</th><th class="red">Red</th><th>Complete</th></tr></thead><tbody>
            """);
        foreach (var priority in report.Priorities)
        {
            var a = priority.Actions;
            html.Append(CultureInfo.InvariantCulture, $"""
                <tr><td>{E(priority.Title)}</td><td>{E(priority.DeliveryGroup ?? "None yet")}</td><td class="n">{a.Total}</td>
                <td class="n">{a.NotStarted}</td><td class="n">{a.OnTrack}</td><td class="n">{a.AtRisk}</td><td class="n">{a.OffTrack}</td><td class="n">{a.Complete}</td></tr>
                """);
        }

        html.Append("</tbody></table>");
        var overdue = report.Priorities.SelectMany(p => p.Overdue.Select(o => (p.Title, o))).ToList();
        if (overdue.Count == 0)
        {
            html.Append("<p>No action is overdue.</p>");
            return;
        }

        html.Append("""<h3>Overdue actions</h3><table><thead><tr><th>Priority</th><th>Action</th><th>Owner</th><th>Due</th><th class="n">Days overdue</th></tr></thead><tbody>""");
        foreach (var (priority, action) in overdue)
        {
            var source = action.SourceReviewReference is { } reference ? $" <span class=\"source\">(from {E(reference)})</span>" : "";
            html.Append(CultureInfo.InvariantCulture, $"""
                <tr><td>{E(priority)}</td><td>{E(action.Description)}{source}</td><td>{E(action.OwnerAgency)}</td>
                <td>{action.DueOn.ToString("d MMM yyyy", English)}</td><td class="n">{action.DaysOverdue}</td></tr>
                """);
        }

        html.Append("</tbody></table>");
    }

    private static void AppendFunding(StringBuilder html, QuarterlyReport report)
    {
        html.Append("<h2>3. Money for the priorities</h2>");
        if (report.Funding.Count == 0)
        {
            html.Append("<p>No grants have been awarded against the plan's priorities yet.</p>");
            return;
        }

        html.Append("<table><thead><tr><th>Priority</th><th>Grants</th><th>Committed</th><th>Paid</th><th>Quarterly returns</th><th>Latest return</th></tr></thead><tbody>");
        foreach (var money in report.Funding)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(money.Title)}</td><td>{money.Grants}</td><td>£{money.Committed:N2}</td><td>£{money.Paid:N2}</td><td>{money.Returns}</td><td>{E(money.LatestReturn ?? "none yet")}</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static void AppendOutcomes(StringBuilder html, QuarterlyReport report)
    {
        html.Append("<h2>2. Outcomes and measures</h2>");
        if (report.Outcomes.Count == 0)
        {
            html.Append("<p>No outcomes framework has been set up yet.</p>");
        }

        foreach (var outcome in report.Outcomes)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>Outcome {outcome.Number}: {E(outcome.Title)}</h3>");
            foreach (var measure in outcome.Measures)
            {
                AppendMeasure(html, report, measure);
            }
        }
    }

    private static void AppendMeasure(StringBuilder html, QuarterlyReport report, MeasureProgress measure)
    {
        html.Append(CultureInfo.InvariantCulture, $"""
            <div class="measure"><h4>{E(measure.Name)}</h4>
            <p class="meta">{E(DesiredLabel(measure.DesiredDirection))} · unit: {E(measure.Unit)} · source: {E(measure.Source)}</p>
            {TargetLine(measure)}
            {TrendChart.Svg(measure.County.Values, $"County trend for {E(measure.Name)}")}
            <table><thead><tr><th>Area</th>{string.Concat(report.Quarters.Select(q => $"<th class=\"n\">{E(Label(q))}</th>"))}<th>Direction of travel</th></tr></thead><tbody>
            """);
        foreach (var series in measure.Districts.Prepend(measure.County))
        {
            html.Append(CultureInfo.InvariantCulture, $"""
                <tr><td>{E(AreaNames.GetValueOrDefault(series.Area, series.Area))}</td>{string.Concat(series.Values.Zip(series.Withheld, (v, withheld) => $"<td class=\"n\">{(withheld ? Withheld : Value(v))}</td>"))}<td class="{JudgementClass(series.Travel.Judgement)}">{E(TravelLabel(series.Travel))}</td></tr>
                """);
        }

        html.Append("</tbody></table>");
        if (measure.DisclosureControlled)
        {
            html.Append("<p class=\"meta\">[c]: withheld, a count of 0 to 4 or a figure from which one could be worked out.</p>");
        }

        html.Append("</div>");
    }

    private static string TargetLine(MeasureProgress measure)
    {
        if (measure.Baseline is not { } baseline)
        {
            return "";
        }

        var line = $"Baseline: {Value(baseline.Value)} in {Label(baseline.Period.ToString())}";
        if (measure.Target is { } target)
        {
            line += $" · Target: {Value(target.Value)} by {Label(target.By.ToString())}";
            if (target.Statement is { } statement)
            {
                line += $" (“{statement}”)";
            }
        }

        var progress = measure.TargetProgress is { } p ? $" <strong class=\"{TargetClass(p.Status)}\">{E(TargetLabel(p))}</strong>" : "";
        return $"<p class=\"target\">{E(line)}{progress}</p>";
    }

    /// <summary>Words a councillor reads, e.g. "On course: 40% of the way to target (35% expected by Q3 2025)".</summary>
    public static string TargetLabel(TargetProgress progress)
    {
        var status = progress.Status switch
        {
            TargetStatus.Met => "Target met",
            TargetStatus.OnCourse => "On course",
            TargetStatus.BehindCourse => "Behind course",
            TargetStatus.MovingAway => "Moving away from target",
            TargetStatus.Missed => "Target missed",
            _ => "Not enough data to judge progress against target",
        };
        return progress is { PercentAchieved: { } achieved, ExpectedPercent: { } expected, LatestPeriod: { } latest }
            ? string.Create(English, $"{status}: {achieved:0.#}% of the way to target in {Label(latest.ToString())} ({expected:0.#}% expected by then)")
            : status;
    }

    private static string TargetClass(TargetStatus status) => status switch
    {
        TargetStatus.Met or TargetStatus.OnCourse => "better",
        TargetStatus.BehindCourse or TargetStatus.MovingAway or TargetStatus.Missed => "worse",
        _ => "",
    };

    private const string Withheld = "<abbr title=\"withheld: small number\">[c]</abbr>";

    private static string TravelLabel(TravelResponse travel)
    {
        var judgement = travel.Judgement switch
        {
            TravelJudgement.Improving => "Improving",
            TravelJudgement.Worsening => "Worsening",
            TravelJudgement.NoChange => "No change",
            TravelJudgement.NotJudged => travel.Trend == TravelTrend.Flat ? "No change (not judged)" : $"{travel.Trend} (not judged)",
            _ => "Not enough data",
        };
        return travel.PercentChange is { } percent
            ? string.Create(CultureInfo.InvariantCulture, $"{judgement}, {percent:+0.#;-0.#;0}% since {Label(travel.From!)}")
            : judgement;
    }

    private static string DesiredLabel(MeasureDirection direction) => direction switch
    {
        MeasureDirection.Up => "Up is better",
        MeasureDirection.Down => "Down is better",
        _ => "Neutral: a change is not in itself good or bad",
    };

    private static string JudgementClass(TravelJudgement judgement) => judgement switch
    {
        TravelJudgement.Improving => "better",
        TravelJudgement.Worsening => "worse",
        _ => "",
    };

    private static string Value(decimal? value) => value is { } v ? v.ToString("#,0.##", English) : "–";

    /// <summary><c>2026-Q3</c> reads as "Q3 2026 (Jul–Sep)".</summary>
    private static string Label(string quarter)
    {
        var parsed = Quarter.Parse(quarter);
        var months = parsed.Number switch { 1 => "Jan–Mar", 2 => "Apr–Jun", 3 => "Jul–Sep", _ => "Oct–Dec" };
        return $"Q{parsed.Number} {parsed.Year} ({months})";
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; color: #111; max-width: 60em; margin: 2em auto; }
        h1 { font-size: 18pt; } h2 { font-size: 14pt; border-bottom: 2px solid #1d4e89; margin-top: 2em; } h4 { margin: 0.2em 0; }
        table { border-collapse: collapse; margin: 0.5em 0 1em; } th, td { border: 1px solid #999; padding: 0.2em 0.5em; text-align: left; }
        th { background: #eef2f7; } td.n, th.n { text-align: right; }
        th.green { background: #c8e6c9; } th.amber { background: #ffe0b2; } th.red { background: #ffcdd2; } th.grey { background: #e0e0e0; }
        td.better, .better { color: #1b5e20; font-weight: bold; } td.worse, .worse { color: #b71c1c; font-weight: bold; } p.target { margin: 0.2em 0; }
        .meta { color: #444; font-size: 10pt; } .source { color: #555; } .measure { page-break-inside: avoid; margin-bottom: 1.5em; }
        @media print { body { margin: 0; max-width: none; } }
        """;
}
