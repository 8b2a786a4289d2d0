using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Consultation;
using Platform.Web.Forms;

namespace Platform.Web.Pages.Consultation;

/// <summary>The code frame: the themes analysts code comments with, one a line. A theme kept keeps its code; one already used stays.</summary>
public sealed class CodeFrameModel(GatewayApi api) : ApiPageModel
{
    public ConsultationView Consultation { get; private set; } = null!;

    [BindProperty]
    public string? Themes { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } problem)
        {
            return problem;
        }

        Themes = string.Join("\n", Consultation.CodeFrame.Select(t => t.Label));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } problem)
        {
            return problem;
        }

        var labels = (Themes ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (labels.Count == 0)
        {
            Errors.Add("themes", "Enter at least one theme");
            return Page();
        }

        var frame = new List<Choice>();
        foreach (var label in labels)
        {
            var kept = Consultation.CodeFrame.FirstOrDefault(t => string.Equals(t.Label, label, StringComparison.OrdinalIgnoreCase));
            frame.Add(new Choice(kept?.Code ?? DesignDraft.CodeFrom(label, frame.Select(t => t.Code).Concat(Consultation.CodeFrame.Select(t => t.Code))), label));
        }

        var saved = await api.PutAsync<ConsultationView>($"/api/consultation/consultations/{id}/code-frame", new { themes = frame }, cancellationToken);
        if (!saved.Succeeded)
        {
            Errors.Show(saved.Problem!, "themes");
            return Page();
        }

        return Redirect($"/consultation/{id}/comments");
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
