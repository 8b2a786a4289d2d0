using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Consultation;
using Platform.Web.Forms;
using Condition = Platform.Web.Consultation.ShowWhen;

namespace Platform.Web.Pages.Consultation.Design;

/// <summary>
/// Designing a consultation, step 2, once per question: its kind, words, options (one a line), whether it must be
/// answered, and optionally the earlier answer it is asked after. Codes are made from the words.
/// </summary>
public sealed class QuestionModel : PageModel
{
    public FormErrors Errors { get; } = new();

    public DesignDraft Draft { get; private set; } = new();

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Options { get; set; }

    [BindProperty]
    public bool Required { get; set; }

    [BindProperty]
    public string? ShowWhen { get; set; }

    [BindProperty]
    public string? Profile { get; set; }

    public IActionResult OnGet()
    {
        Load();
        return Draft.HasDetails ? Page() : Redirect("/consultation/design");
    }

    public IActionResult OnPost()
    {
        Load();
        if (!Draft.HasDetails)
        {
            return Redirect("/consultation/design");
        }

        var kind = DesignDraft.Kinds.FirstOrDefault(k => k.Kind == Kind).Kind;
        if (kind is null)
        {
            Errors.Add("kind", "Select the kind of question");
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            Errors.Add("text", "Enter the question");
        }

        var lines = (Options ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var hasOptions = kind is "single-choice" or "multiple-choice" or "ranking" or "likert";
        if (hasOptions && lines.Count < 2)
        {
            Errors.Add("options", "Enter at least 2 options, one on each line");
        }

        if (kind == "profile" && Profile is not ("district" or "area-type" or "age-band"))
        {
            Errors.Add("profile", "Select what the question asks about the respondent");
        }

        if (Errors.Any)
        {
            return Page();
        }

        var choices = new List<Choice>();
        foreach (var line in lines)
        {
            choices.Add(new Choice(DesignDraft.CodeFrom(line, choices.Select(c => c.Code)), line));
        }

        Condition? condition = ShowWhen is { Length: > 0 } when && when.Split('|') is [var questionId, var code]
            ? new Condition(questionId, [code])
            : null;
        Draft.Questions.Add(new ConsultationQuestion(
            DesignDraft.CodeFrom(Text!, Draft.Questions.Select(q => q.Id)),
            kind!,
            Text!.Trim(),
            Required: Required && kind != "profile",
            Options: kind is "likert" || !hasOptions ? null : choices,
            Scale: kind == "likert" ? choices : null,
            Profile: kind == "profile" ? Profile : null,
            ShowWhen: condition));
        Draft.Save(HttpContext.Session);
        return Redirect("/consultation/design/check");
    }

    private void Load()
    {
        ViewData["Errors"] = Errors;
        Draft = DesignDraft.Load(HttpContext.Session);
    }
}
