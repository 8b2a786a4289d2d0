using Microsoft.AspNetCore.Mvc;
using Platform.Web.Analysis;
using Platform.Web.Api;

namespace Platform.Web.Pages.Analysis;

/// <summary>
/// One import: its progress while it runs (the page has a Refresh button, as the Content-Security-Policy allows no
/// script and the service adds no meta refresh that would move a screen reader's place), then its rows per district,
/// counts per crime type, any rejected rows, and the readings it produced for its quarter with their source.
/// </summary>
public sealed class CrimeImportModel(GatewayApi api) : ApiPageModel
{
    public CrimeImportView Import { get; private set; } = null!;

    public bool Imported { get; private set; }

    /// <summary>Each police-data measure's readings for the import's quarter, by area.</summary>
    public IReadOnlyList<(MeasureView Measure, IReadOnlyList<ReadingView> Readings)> Produced { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, bool imported, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        Imported = imported;
        var found = await api.GetAsync<CrimeImportView>($"/api/plans/crime-imports/{id}", cancellationToken);
        if (!found.Succeeded)
        {
            return ProblemPage(found.Problem!);
        }

        Import = found.Value!;
        if (Import.State == "completed" && Import.Quarter is { } quarter && Import.SupersededAt is null)
        {
            var measures = (await LoadAsync(api.GetAsync<ApiPage<MeasureView>>("/api/plans/measures?limit=200", cancellationToken), "readings"))?.Items ?? [];
            var police = measures.Where(measure => measure.CountsPoliceData).ToList();
            var readings = await Task.WhenAll(police.Select(measure =>
                api.GetAsync<IReadOnlyList<ReadingView>>($"/api/plans/measures/{measure.Id}/readings?from={quarter}&to={quarter}", cancellationToken)));
            Produced = [.. police.Zip(readings, (measure, read) => (measure, read.Value ?? (IReadOnlyList<ReadingView>)[]))];
        }

        return Page();
    }
}
