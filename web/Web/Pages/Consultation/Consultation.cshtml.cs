using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Consultation;

namespace Platform.Web.Pages.Consultation;

/// <summary>
/// One consultation: its design and status, how many have responded, and the next step for the person's role:
/// the officer opens it, closes it and publishes the results; analysts code its comments into themes.
/// </summary>
public sealed class ConsultationModel(GatewayApi api) : ApiPageModel
{
    public ConsultationView Consultation { get; private set; } = null!;

    public ConsultationResults? Results { get; private set; }

    public string? Done { get; private set; }

    public bool IsOfficer => User.IsInRole(Platform.Contracts.Roles.ConsultationOfficer);

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken cancellationToken)
    {
        Done = done switch
        {
            "created" => "Consultation created as a draft",
            "opened" => "Consultation opened for responses",
            "closed" => "Consultation closed",
            "published" => "Results published",
            _ => null,
        };
        return await LoadAsync(id, cancellationToken);
    }

    public Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken cancellationToken) => ChangeAsync(id, "open", "opened", cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken cancellationToken) => ChangeAsync(id, "close", "closed", cancellationToken);

    private async Task<IActionResult> ChangeAsync(Guid id, string action, string done, CancellationToken cancellationToken)
    {
        var changed = await api.PostAsync<ConsultationView>($"/api/consultation/consultations/{id}/{action}", null, cancellationToken);
        if (changed.Succeeded)
        {
            return Redirect($"/consultation/{id}?done={done}");
        }

        Errors.Add(action, changed.Problem!.Summary);
        return await LoadAsync(id, cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var consultation = await api.GetAsync<ConsultationView>($"/api/consultation/consultations/{id}", cancellationToken);
        if (!consultation.Succeeded)
        {
            return ProblemPage(consultation.Problem!);
        }

        Consultation = consultation.Value!;
        if (Consultation.Status != "draft")
        {
            Results = (await api.GetAsync<ConsultationResults>($"/api/consultation/consultations/{id}/results", cancellationToken)).Value;
        }

        return Page();
    }
}
