using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Platform.Web.Pages.Account;

/// <summary>After signing out, or when the idle timeout ended the session (the warning dialog sends the person here).</summary>
public sealed class SignedOutModel(WebSettings settings) : PageModel
{
    public bool TimedOut { get; private set; }

    public double IdleMinutes => settings.SessionIdleTimeout.TotalMinutes;

    public async Task OnGetAsync(string? reason)
    {
        TimedOut = reason == "timeout";
        if (TimedOut)
        {
            // The session may have a few seconds left here; it must not outlive the message that it ended.
            await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
