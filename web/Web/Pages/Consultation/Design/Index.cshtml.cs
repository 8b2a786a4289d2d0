using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Consultation;
using Platform.Web.Forms;
using Platform.Web.Navigation;

namespace Platform.Web.Pages.Consultation.Design;

/// <summary>Designing a consultation, step 1: what it is for, who runs it and when it is open.</summary>
public sealed class IndexModel(TimeProvider clock) : PageModel
{
    public FormErrors Errors { get; } = new();

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Purpose { get; set; }

    [BindProperty]
    public string? Audience { get; set; }

    [BindProperty]
    public List<string> Owners { get; set; } = [];

    [BindProperty]
    public DateParts OpensOn { get; set; } = new();

    [BindProperty]
    public DateParts ClosesOn { get; set; } = new();

    public string? OpensOnError { get; private set; }

    public string? ClosesOnError { get; private set; }

    public void OnGet()
    {
        ViewData["Errors"] = Errors;
        var draft = DesignDraft.Load(HttpContext.Session);
        (Title, Purpose, Audience, Owners) = (draft.Title, draft.Purpose, draft.Audience, draft.Owners);
        OpensOn = DateParts.Of(draft.OpensOn);
        ClosesOn = DateParts.Of(draft.ClosesOn);
        if (draft.Owners.Count == 0 && User.Agency() is { } agency)
        {
            Owners = [agency];
        }
    }

    public IActionResult OnPost()
    {
        ViewData["Errors"] = Errors;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (string.IsNullOrWhiteSpace(Title))
        {
            Errors.Add("title", "Enter a title");
        }

        if (string.IsNullOrWhiteSpace(Purpose))
        {
            Errors.Add("purpose", "Enter what the consultation is for");
        }

        if (string.IsNullOrWhiteSpace(Audience))
        {
            Errors.Add("audience", "Enter who it is for");
        }

        if (Owners.Count == 0)
        {
            Errors.Add("owners", "Select the agencies that run it");
        }

        var opens = OpensOn.Read("the opening date", today, mustBePast: false, out var opensError);
        OpensOnError = opensError;
        if (opensError is not null)
        {
            Errors.Add("opens-on", opensError);
        }

        DateOnly? closes = null;
        if (!string.IsNullOrWhiteSpace(ClosesOn.Day + ClosesOn.Month + ClosesOn.Year))
        {
            closes = ClosesOn.Read("the closing date", today, mustBePast: false, out var closesError);
            ClosesOnError = closesError;
            if (closesError is not null)
            {
                Errors.Add("closes-on", closesError);
            }
        }

        if (Errors.Any)
        {
            return Page();
        }

        var draft = DesignDraft.Load(HttpContext.Session);
        draft.Title = Title!.Trim();
        draft.Purpose = Purpose!.Trim();
        draft.Audience = Audience!.Trim();
        draft.Owners = Owners;
        draft.OpensOn = opens;
        draft.ClosesOn = closes;
        draft.Save(HttpContext.Session);
        return Redirect(draft.Questions.Count == 0 ? "/consultation/design/question" : "/consultation/design/check");
    }
}
