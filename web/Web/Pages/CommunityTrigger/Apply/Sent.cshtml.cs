using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.CommunityTrigger;
using Platform.Web.Forms;

namespace Platform.Web.Pages.CommunityTrigger.Apply;

/// <summary>The confirmation: the reference is shown once, then forgotten here as it is by the API.</summary>
public sealed class SentModel : PageModel
{
    public ApplicationReceipt Receipt { get; private set; } = null!;

    public IActionResult OnGet()
    {
        if (HttpContext.Session.Load<ApplicationReceipt>(ApplicationReceipt.SessionKey) is not { } receipt)
        {
            return Redirect("/community-trigger/status");
        }

        Receipt = receipt;
        HttpContext.Session.Remove(ApplicationReceipt.SessionKey);
        return Page();
    }
}
