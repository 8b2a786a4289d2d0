using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Consultation;

namespace Platform.Web.Pages.Consultations;

/// <summary>
/// One question per page. Continue goes to the next question that is asked (a conditional one only after the answer
/// it depends on), or back to "check your answers" after a change; "save and come back later" keeps the answers so far.
/// Everything is decided here on the server, so the form works without JavaScript.
/// </summary>
public sealed class QuestionModel(GatewayApi api) : RespondPage(api)
{
    [BindProperty(SupportsGet = true)]
    public string QuestionId { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public bool Change { get; set; }

    public ConsultationQuestion Question { get; private set; } = null!;

    public Answer? Answer { get; private set; }

    public int Number => Draft.Asked(Consultation.Questions).ToList().IndexOf(Question) + 1;

    public string BackLink
    {
        get
        {
            var asked = Draft.Asked(Consultation.Questions).ToList();
            var index = asked.IndexOf(Question);
            return Change ? $"{Base}/check" : index > 0 ? QuestionPath(asked[index - 1]) : Base;
        }
    }

    public IActionResult OnGet()
    {
        if (Find() is { } notAsked)
        {
            return notAsked;
        }

        Answer = Draft.Answers.GetValueOrDefault(Question.Id);
        return Page();
    }

    public IActionResult OnPost()
    {
        if (Find() is { } notAsked)
        {
            return notAsked;
        }

        if (!Read())
        {
            return Page();
        }

        var next = Draft.After(Consultation.Questions, Question.Id);
        if (Change && next is not null && next.ShowWhen?.QuestionId == Question.Id && !Draft.Answers.ContainsKey(next.Id))
        {
            return Redirect(QuestionPath(next, change: true)); // the change opened a follow-up question: ask it before checking again
        }

        return Redirect(Change || next is null ? $"{Base}/check" : QuestionPath(next));
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (Find() is { } notAsked)
        {
            return notAsked;
        }

        return Read(requireAnswer: false) ? await SaveForLaterAsync(QuestionForm.FieldId) : Page();
    }

    private IActionResult? Find()
    {
        if (Draft.Sent)
        {
            return Redirect(Base);
        }

        Question = Consultation.Questions.FirstOrDefault(q => q.Id == QuestionId)!;
        if (Question is null)
        {
            return NotFound();
        }

        return Draft.IsAsked(Question) ? null : Redirect(Draft.Asked(Consultation.Questions).Select(q => QuestionPath(q)).First());
    }

    private bool Read(bool requireAnswer = true)
    {
        var (answer, error) = QuestionForm.Read(Question, Request.Form);
        Answer = answer;
        if (error is null && answer is null && requireAnswer && Question.Required)
        {
            error = QuestionForm.Missing(Question);
        }

        if (error is not null)
        {
            Errors.Add(QuestionForm.FieldId, error);
            return false;
        }

        if (answer is null)
        {
            Draft.Answers.Remove(Question.Id);
        }
        else
        {
            Draft.Answers[Question.Id] = answer;
        }

        SaveDraft();
        return true;
    }
}
