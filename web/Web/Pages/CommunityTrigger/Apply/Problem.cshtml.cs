using Microsoft.AspNetCore.Mvc;
using Platform.Web.CommunityTrigger;

namespace Platform.Web.Pages.CommunityTrigger.Apply;

public sealed class ProblemModel : ApplyPage
{
    public const int MaximumLength = 4000;

    [BindProperty]
    public string? ProblemSummary { get; set; }

    public IActionResult OnGet()
    {
        if (Draft.Name is null)
        {
            return Redirect(Draft.FirstUnansweredPage()!);
        }

        ProblemSummary = Draft.ProblemSummary;
        return Page();
    }

    public IActionResult OnPost()
    {
        var text = ProblemSummary?.Trim() ?? "";
        if (text.Length == 0)
        {
            Errors.Add("problem-summary", "Describe the problem");
        }
        else if (text.Length < 10)
        {
            Errors.Add("problem-summary", "Description of the problem must be 10 characters or more");
        }
        else if (text.Length > MaximumLength)
        {
            Errors.Add("problem-summary", $"Description of the problem must be {MaximumLength} characters or fewer");
        }

        if (Errors.Any)
        {
            return Page();
        }

        Draft.ProblemSummary = text;
        return Next(Draft.Incidents.Count == 0 ? "/community-trigger/apply/incident" : "/community-trigger/apply/incidents");
    }
}
