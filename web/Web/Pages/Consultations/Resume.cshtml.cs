using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Consultation;
using Platform.Web.Forms;

namespace Platform.Web.Pages.Consultations;

/// <summary>Opening a resume link: the saved answers come back into this session, and the person carries on where they left off.</summary>
public sealed class ResumeModel(GatewayApi api) : ApiPageModel
{
    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        var draft = await api.GetAsync<ResumedDraft>($"/api/consultation/public/drafts/{Uri.EscapeDataString(key)}", cancellationToken);
        if (!draft.Succeeded)
        {
            ViewData["Errors"] = Errors;
            Errors.Add("main-content", draft.Problem!.Status == System.Net.HttpStatusCode.NotFound
                ? "This link does not work. The answers may have been sent already, or the consultation may have closed."
                : draft.Problem.Summary);
            return Page();
        }

        var id = draft.Value!.ConsultationId;
        var resumed = ResponseDraft.Load(HttpContext.Session, id);
        resumed.Answers = draft.Value.Answers.Where(a => a.Value is not null).ToDictionary(a => a.Key, a => a.Value!, StringComparer.Ordinal);
        resumed.ResumeKey = key;
        resumed.Sent = false;
        resumed.Save(HttpContext.Session, id);
        return Redirect($"/consultations/{id}/check");
    }
}
