using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Consultation;

namespace Platform.Web.Pages.Consultations;

/// <summary>What the consultation is about and until when, then the first question; or that it is closed.</summary>
public sealed class StartModel(GatewayApi api) : RespondPage(api)
{
    protected override bool AllowedWhenNotOpen => true;

    public string? FirstQuestion => Draft.Asked(Consultation.Questions).FirstOrDefault() is { } first ? QuestionPath(first) : null;

    public IActionResult OnGet() => Page();
}
