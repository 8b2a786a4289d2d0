using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Platform.Web.Pages;

/// <summary>The GOV.UK error pages: page not found, no access, and "sorry, there is a problem with the service".</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "";

    public IReadOnlyList<string> Lines { get; private set; } = [];

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Heading, Lines) = code switch
        {
            404 => ("Page not found", (IReadOnlyList<string>)["If you typed the web address, check it is correct.", "If you pasted the web address, check you copied the entire address."]),
            403 => ("You do not have access to this page", ["Your account does not allow you to use this part of the service."]),
            400 => ("Sorry, there is a problem with the service", ["The form may have expired. Go back, reload the page and try again."]),
            _ => ("Sorry, there is a problem with the service", ["Try again later."]),
        };
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null && code is >= 400 and < 600)
        {
            Response.StatusCode = code;
        }
    }
}
