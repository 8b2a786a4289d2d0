using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Forms;

namespace Platform.Web.CommunityTrigger;

/// <summary>
/// A page of the resident's application: loads and saves the draft in their session, and after a change made from
/// "check your answers" (<c>?change=true</c>) returns there instead of to the next question.
/// </summary>
public abstract class ApplyPage : PageModel
{
    public const string CheckPath = "/community-trigger/apply/check";

    public FormErrors Errors { get; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Change { get; set; }

    protected ApplicationDraft Draft { get; private set; } = new();

    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        Draft = HttpContext.Session.Load<ApplicationDraft>(ApplicationDraft.SessionKey) ?? new ApplicationDraft();
        ViewData["Errors"] = Errors;
        base.OnPageHandlerExecuting(context);
    }

    protected void SaveDraft() => HttpContext.Session.Save(ApplicationDraft.SessionKey, Draft);

    protected IActionResult Next(string nextPath)
    {
        SaveDraft();
        return Redirect(Change ? CheckPath : nextPath);
    }

    protected DateOnly Today => DateOnly.FromDateTime(HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
}
