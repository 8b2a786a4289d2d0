using Microsoft.AspNetCore.Mvc;
using Platform.Web.Analysis;
using Platform.Web.Api;

namespace Platform.Web.Pages.Analysis;

/// <summary>Where a police-data reading came from: the imported files that gave it rows, and how many each gave.</summary>
public sealed class ReadingModel(GatewayApi api) : ApiPageModel
{
    public MeasureView Measure { get; private set; } = null!;

    public ReadingImportsView Sources { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, string period, string area, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var measure = api.GetAsync<MeasureView>($"/api/plans/measures/{id}", cancellationToken);
        var sources = await api.GetAsync<ReadingImportsView>(
            $"/api/plans/measures/{id}/readings/{Uri.EscapeDataString(period)}/{Uri.EscapeDataString(area)}/imports", cancellationToken);
        var found = await measure;
        if (!found.Succeeded || !sources.Succeeded)
        {
            return ProblemPage((found.Problem ?? sources.Problem)!);
        }

        Measure = found.Value!;
        Sources = sources.Value!;
        return Page();
    }
}
