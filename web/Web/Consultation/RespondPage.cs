using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Platform.Web.Api;

namespace Platform.Web.Consultation;

/// <summary>
/// A page of a resident's response: the consultation's questions (from the public API, no account) and their answers
/// so far (<see cref="ResponseDraft"/>, in their session). A consultation that is not open is a 404 page.
/// </summary>
public abstract class RespondPage(GatewayApi api) : ApiPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public PublicConsultationForm Consultation { get; private set; } = null!;

    public ResponseDraft Draft { get; private set; } = new();

    public string Base => $"/consultations/{Id}";

    protected GatewayApi Api => api;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        ViewData["Errors"] = Errors;
        var form = await api.GetAsync<PublicConsultationForm>($"/api/consultation/public/consultations/{Id}", HttpContext.RequestAborted);
        if (!form.Succeeded)
        {
            context.Result = ProblemPage(form.Problem!);
            return;
        }

        Consultation = form.Value!;
        Draft = ResponseDraft.Load(HttpContext.Session, Id);
        if (Consultation.Status != "open" && !AllowedWhenNotOpen)
        {
            context.Result = Redirect(Consultation.Status == "results-published" ? $"{Base}/results" : Base);
            return;
        }

        await next();
    }

    /// <summary>The start page says when a consultation is not open; the question pages send the person there.</summary>
    protected virtual bool AllowedWhenNotOpen => false;

    protected void SaveDraft() => Draft.Save(HttpContext.Session, Id);

    public string QuestionPath(ConsultationQuestion question, bool change = false) =>
        $"{Base}/questions/{question?.Id}" + (change ? "?change=true" : "");

    /// <summary>
    /// Saves the answers so far at the service under a secret resume key (a new draft the first time, the same one after),
    /// so the person can finish on another day or device; the key is shown once, on the next page.
    /// </summary>
    protected async Task<IActionResult> SaveForLaterAsync(string fallbackField)
    {
        var answers = new { answers = Draft.ToSend(Consultation.Questions) };
        var saved = Draft.ResumeKey is { } key
            ? await api.PostAsync<SavedDraft>($"/api/consultation/public/drafts/{key}", answers, HttpContext.RequestAborted)
            : await api.PostAsync<SavedDraft>($"/api/consultation/public/consultations/{Id}/drafts", answers, HttpContext.RequestAborted);
        if (!saved.Succeeded)
        {
            Errors.Add(fallbackField, saved.Problem!.Summary);
            return Page();
        }

        Draft.ResumeKey ??= saved.Value!.ResumeKey;
        SaveDraft();
        return Redirect($"{Base}/saved");
    }
}
