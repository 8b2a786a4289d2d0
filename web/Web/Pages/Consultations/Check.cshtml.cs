using System.Net;
using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Consultation;

namespace Platform.Web.Pages.Consultations;

/// <summary>
/// Check your answers, then send them. A problem the service finds with an answer (keyed <c>answers.{question}</c>) is
/// listed in the error summary, linking to that question's page; a second response from the same session is refused.
/// </summary>
public sealed class CheckModel(GatewayApi api) : RespondPage(api)
{
    public IActionResult OnGet() =>
        Draft.Sent ? Redirect(Base) : Draft.FirstUnanswered(Consultation.Questions) is { } unanswered ? Redirect(QuestionPath(unanswered)) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Draft.Sent)
        {
            return Redirect(Base);
        }

        if (Draft.FirstUnanswered(Consultation.Questions) is { } unanswered)
        {
            return Redirect(QuestionPath(unanswered));
        }

        var sent = await Api.PostAsync<ResponseReceipt>($"/api/consultation/public/consultations/{Id}/responses", new
        {
            sessionToken = ResponseDraft.SessionToken(HttpContext.Session),
            answers = Draft.ToSend(Consultation.Questions),
            resumeKey = Draft.ResumeKey,
        }, cancellationToken);
        if (sent.Succeeded || sent.Problem!.Rule == "already-responded")
        {
            Draft.Sent = true;
            Draft.Answers.Clear();
            Draft.ResumeKey = null;
            SaveDraft();
            return Redirect(sent.Succeeded ? $"{Base}/sent" : Base);
        }

        ShowProblem(sent.Problem);
        return Page();
    }

    public IEnumerable<ConsultationQuestion> Asked => Draft.Asked(Consultation.Questions);

    private void ShowProblem(ApiProblem problem)
    {
        if (problem.Errors.Count == 0 || problem.Status == HttpStatusCode.Conflict)
        {
            Errors.Add("/consultations/" + Id + "/check", problem.Summary);
            return;
        }

        foreach (var (field, messages) in problem.Errors)
        {
            var question = Consultation.Questions.FirstOrDefault(q => field.StartsWith("answers." + q.Id, StringComparison.OrdinalIgnoreCase));
            Errors.Add(question is null ? $"{Base}/check" : QuestionPath(question, change: true), string.Join(" ", messages));
        }
    }
}
