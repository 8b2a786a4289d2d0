using Plans.Api.Reports.QuarterlyReport;

namespace Plans.Api.Reports;

internal static class ReportEndpoints
{
    /// <summary>Everyone signed in reads the reports: scrutiny members, officers, partners.</summary>
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/plans/reports").WithTags("Reports").MapQuarterlyReport();
        return endpoints;
    }
}
