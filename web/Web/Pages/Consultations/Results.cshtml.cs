using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Consultation;

namespace Platform.Web.Pages.Consultations;

/// <summary>Published results and "you said, we did": the headline figures, the most common themes with reviewed quotes, and what changed.</summary>
public sealed class ResultsModel(GatewayApi api) : ApiPageModel
{
    public YouSaidWeDidReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var report = await api.GetAsync<YouSaidWeDidReport>($"/api/consultation/public/consultations/{id}/you-said-we-did", cancellationToken);
        if (!report.Succeeded)
        {
            return ProblemPage(report.Problem!);
        }

        Report = report.Value!;
        return Page();
    }
}
