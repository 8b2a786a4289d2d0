using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Platform.Web.Analysis;
using Platform.Web.Api;
using Platform.Web.Forms;

namespace Platform.Web.Pages.Analysis;

/// <summary>
/// A measure's readings for the last two years, each with where it came from, and the analyst's form to enter one
/// for a quarter and area. A measure counted from police.uk imports refuses a typed figure: it would clash with the
/// imported count, and the page says so and where its figures come from instead.
/// </summary>
public sealed class MeasureModel(GatewayApi api, TimeProvider clock) : ApiPageModel
{
    public MeasureView Measure { get; private set; } = null!;

    public IReadOnlyList<ReadingView>? Readings { get; private set; }

    public string? Entered { get; private set; }

    [BindProperty]
    public string? Period { get; set; }

    [BindProperty]
    public string? Area { get; set; }

    [BindProperty]
    public string? Value { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? entered, CancellationToken cancellationToken)
    {
        Entered = entered;
        Period ??= Quarters.Containing(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var period = Period?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(period))
        {
            Errors.Add("period", "Enter the quarter, for example 2025-Q3");
        }
        else if (!Quarters.IsQuarter(period))
        {
            Errors.Add("period", "Enter the quarter as a year and quarter number, for example 2025-Q3");
        }

        if (string.IsNullOrEmpty(Area))
        {
            Errors.Add("area", "Select the area the reading is for");
        }

        decimal value = 0;
        if (string.IsNullOrWhiteSpace(Value))
        {
            Errors.Add("value", "Enter the reading");
        }
        else if (!decimal.TryParse(Value.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out value))
        {
            Errors.Add("value", "The reading must be a number, like 412 or 12.5");
        }

        if (!Errors.Any)
        {
            var sent = await api.PutAsync<ReadingView>(
                $"/api/plans/measures/{id}/readings/{period}/{Area}", new { value, note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim() },
                cancellationToken: cancellationToken);
            if (sent.Succeeded)
            {
                return Redirect($"/analysis/measures/{id}?entered={period}");
            }

            var problem = sent.Problem!;
            switch (problem.Rule)
            {
                case "measure-is-derived":
                    Errors.Add("value", "This measure's readings are counted from imported police.uk files (or partners' records), so a figure typed by hand " +
                        "would clash with the imported one and has not been saved. To change it, import the corrected police.uk file.");
                    break;
                case "period-in-future":
                    Errors.Add("period", problem.Detail ?? "The quarter has not started yet");
                    break;
                case "unknown-area":
                    Errors.Add("area", "Select the county or one of the seven districts");
                    break;
                default:
                    if (problem.Status == System.Net.HttpStatusCode.NotFound)
                    {
                        return ProblemPage(problem);
                    }

                    Errors.Show(problem, "value", ("Value", "value"), ("Note", "note"), ("period", "period"), ("area", "area"));
                    break;
            }
        }

        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var readings = api.GetAsync<IReadOnlyList<ReadingView>>(
            $"/api/plans/measures/{id}/readings?from={Quarters.Containing(today.AddYears(-2))}&to={Quarters.Containing(today)}", cancellationToken);
        var found = await api.GetAsync<MeasureView>($"/api/plans/measures/{id}", cancellationToken);
        if (!found.Succeeded)
        {
            return ProblemPage(found.Problem!);
        }

        Measure = found.Value!;
        Readings = await LoadAsync(readings, "readings");
        return Page();
    }
}
