using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Platform.Web.Pages.Account;

/// <summary>
/// Signing out is a POST (a link could be followed by another site); it forgets the session here, then ends the one at
/// the identity service, which sends the person back to <c>/signed-out</c>.
/// </summary>
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : Redirect("/");

    public IActionResult OnPost() =>
        SignOut(new AuthenticationProperties { RedirectUri = "/you-have-signed-out" },
            CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme);
}
