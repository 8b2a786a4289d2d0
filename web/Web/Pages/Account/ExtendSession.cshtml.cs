using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Platform.Web.Pages.Account;

/// <summary>"Stay signed in" from the timeout warning: the idle period starts again. Posted by script or by the form itself.</summary>
[Authorize]
public sealed class ExtendSessionModel : PageModel
{
    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        var session = await HttpContext.AuthenticateAsync();
        if (session.Principal is null || session.Properties is null)
        {
            return Unauthorized();
        }

        session.Properties.IssuedUtc = null;
        session.Properties.ExpiresUtc = null;
        await HttpContext.SignInAsync(session.Principal, session.Properties);
        // The warning dialog's script asks with fetch and stays on its page; the form without script is redirected back.
        return Request.Headers.TryGetValue("Sec-Fetch-Mode", out var mode) && mode == "cors"
            ? new NoContentResult()
            : LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
