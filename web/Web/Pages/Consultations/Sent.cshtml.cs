using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Consultation;

namespace Platform.Web.Pages.Consultations;

public sealed class SentModel(GatewayApi api) : RespondPage(api)
{
    protected override bool AllowedWhenNotOpen => true;

    public IActionResult OnGet() => Draft.Sent ? Page() : Redirect(Base);
}
