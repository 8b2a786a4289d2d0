using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Forms;
using Platform.Web.Scrutiny;

namespace Platform.Web.Pages.Scrutiny;

/// <summary>
/// Journey 5: the quarterly report a scrutiny meeting reads (delivery by priority, each measure's last four quarters
/// with a chart and its direction of travel), another quarter on request, and the readings behind it as CSV.
/// </summary>
public sealed class IndexModel(GatewayApi api) : ApiPageModel
{
    public QuarterlyReportView? Report { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = string.IsNullOrWhiteSpace(Period) ? "" : $"?period={Uri.EscapeDataString(Period.Trim())}";
        var report = await api.GetAsync<QuarterlyReportView>($"/api/plans/reports/quarterly{query}", cancellationToken);
        ViewData["Errors"] = Errors;
        if (report.Succeeded)
        {
            Report = report.Value;
        }
        else
        {
            Errors.Show(report.Problem!, "period", ("period", "period"));
        }
    }

    /// <summary>The readings as the API exports them, as a download (the file is the API's, unchanged).</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var file = await api.GetFileAsync("/api/plans/readings.csv", cancellationToken);
        return file.Succeeded ? File(file.Value!.Content, "text/csv", "readings.csv") : ProblemPage(file.Problem!);
    }
}
