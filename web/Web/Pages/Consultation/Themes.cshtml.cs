using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Consultation;

namespace Platform.Web.Pages.Consultation;

/// <summary>Themes by how many comments raise them, with reviewed quotes, and how far the second coder agreed.</summary>
public sealed class ThemesModel(GatewayApi api) : ApiPageModel
{
    public Guid Id { get; private set; }

    public ThemeSummary? Summary { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Id = id;
        var summary = await api.GetAsync<ThemeSummary>($"/api/consultation/consultations/{id}/themes", cancellationToken);
        if (!summary.Succeeded)
        {
            return ProblemPage(summary.Problem!);
        }

        Summary = summary.Value;
        return Page();
    }
}
