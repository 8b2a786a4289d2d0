using Microsoft.AspNetCore.Http.HttpResults;
using Plans.Api.Data;
using Plans.Api.Domain;
using Plans.Api.Readings;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Errors;
using Platform.ServiceDefaults.Time;

namespace Plans.Api.Reports.QuarterlyReport;

internal static class QuarterlyReportEndpoint
{
    public static RouteGroupBuilder MapQuarterlyReport(this RouteGroupBuilder reports)
    {
        reports.MapGet("/quarterly", HandleJson)
            .WithName("GetQuarterlyReport")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("The scrutiny report for a quarter (default: the last complete one): actions by RAG per priority, each measure's last four quarters with direction of travel.");
        reports.MapGet("/quarterly.html", HandleHtml)
            .WithName("GetQuarterlyReportPage")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .ProducesValidationProblem()
            .WithSummary("The same report as a printable page.");
        reports.MapGet("/quarterly.csv", HandleCsv)
            .WithName("GetQuarterlyReportCsv")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesValidationProblem()
            .WithSummary("The report's measures as CSV: one row per measure and area with the four quarters, direction of travel, and on the county row baseline, target and progress towards it.");
        return reports;
    }

    private static async Task<Ok<QuarterlyReport>> HandleJson(
        Quarter? period, PlansDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await QuarterlyReportBuilder.BuildAsync(
            db, PeriodOrDefault(period, clock), clock.Today(), user.SeesExactFigures(), cancellationToken));

    private static async Task<ContentHttpResult> HandleHtml(
        Quarter? period, PlansDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var report = await QuarterlyReportBuilder.BuildAsync(
            db, PeriodOrDefault(period, clock), clock.Today(), user.SeesExactFigures(), cancellationToken);
        return TypedResults.Text(QuarterlyReportPage.Render(report), "text/html; charset=utf-8");
    }

    private static async Task<FileContentHttpResult> HandleCsv(
        Quarter? period, PlansDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var report = await QuarterlyReportBuilder.BuildAsync(
            db, PeriodOrDefault(period, clock), clock.Today(), user.SeesExactFigures(), cancellationToken);
        return TypedResults.File(
            System.Text.Encoding.UTF8.GetBytes(QuarterlyReportCsv.Render(report)), "text/csv; charset=utf-8", $"quarterly-report-{report.Period}.csv");
    }

    /// <summary>No period means the last complete quarter, the one a scrutiny meeting looks back on.</summary>
    private static Quarter PeriodOrDefault(Quarter? period, TimeProvider clock)
    {
        var today = clock.Today();
        if (period is not { } quarter)
        {
            return Quarter.Containing(today).Previous();
        }

        if (quarter.IsAfter(today))
        {
            throw new RuleViolationException(
                "period-in-future", $"{quarter} has not started yet; a report covers quarters up to the current one.",
                RuleViolationKind.BusinessRule);
        }

        return quarter;
    }
}
