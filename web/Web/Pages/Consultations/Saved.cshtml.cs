using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Consultation;

namespace Platform.Web.Pages.Consultations;

/// <summary>The secret link to come back to the saved answers (shown here only: the service keeps only its hash).</summary>
public sealed class SavedModel(GatewayApi api) : RespondPage(api)
{
    public string ResumeLink => $"{Request.Scheme}://{Request.Host}/consultations/resume/{Draft.ResumeKey}";

    public IActionResult OnGet() => Draft.ResumeKey is null ? Redirect(Base) : Page();
}
