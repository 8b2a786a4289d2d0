using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Consultation;
using Platform.Web.Forms;

namespace Platform.Web.Pages.Consultation.Design;

/// <summary>
/// Publishing a closed consultation's results with "you said, we did": a summary, what was done about each theme
/// people raised, and the changes to the plan. The results and the report become public.
/// </summary>
public sealed class PublishModel(GatewayApi api) : ApiPageModel
{
    public ConsultationView Consultation { get; private set; } = null!;

    [BindProperty]
    public string? Summary { get; set; }

    /// <summary>What was done, by theme code; a theme left blank is not mentioned.</summary>
    [BindProperty]
    public Dictionary<string, string?> WeDid { get; set; } = [];

    [BindProperty]
    public string? PlanChanges { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } problem)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(Summary))
        {
            Errors.Add("summary", "Enter a summary of the results");
            return Page();
        }

        var published = await api.PostAsync<ConsultationView>($"/api/consultation/consultations/{id}/publish-results", new
        {
            summary = Summary.Trim(),
            themeResponses = WeDid.Where(w => !string.IsNullOrWhiteSpace(w.Value)).Select(w => new { theme = w.Key, weDid = w.Value!.Trim() }),
            planChanges = (PlanChanges ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        }, cancellationToken);
        if (!published.Succeeded)
        {
            Errors.Show(published.Problem!, "summary", ("youSaidWeDid.summary", "summary"), ("youSaidWeDid.planChanges", "plan-changes"));
            return Page();
        }

        return Redirect($"/consultation/{id}?done=published");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var consultation = await api.GetAsync<ConsultationView>($"/api/consultation/consultations/{id}", cancellationToken);
        if (!consultation.Succeeded)
        {
            return ProblemPage(consultation.Problem!);
        }

        Consultation = consultation.Value!;
        return null;
    }
}
