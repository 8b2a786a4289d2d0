using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Consultation;

namespace Platform.Web.Pages.Consultation.Design;

/// <summary>Designing a consultation, step 3: check the questions, add more, and create it as a draft at the service.</summary>
public sealed class CheckModel(GatewayApi api) : ApiPageModel
{
    public DesignDraft Draft { get; private set; } = new();

    public IActionResult OnGet()
    {
        Load();
        return !Draft.HasDetails ? Redirect("/consultation/design") : Draft.Questions.Count == 0 ? Redirect("/consultation/design/question") : Page();
    }

    public IActionResult OnPostRemove(int index)
    {
        Load();
        if (index >= 0 && index < Draft.Questions.Count)
        {
            Draft.Questions.RemoveAt(index);
            Draft.Save(HttpContext.Session);
        }

        return Redirect("/consultation/design/check");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Load();
        if (!Draft.HasDetails)
        {
            return Redirect("/consultation/design");
        }

        var created = await api.PostAsync<ConsultationView>("/api/consultation/consultations", Draft.ToRequest(), cancellationToken);
        if (!created.Succeeded)
        {
            var problem = created.Problem!;
            Errors.Add("questions", problem.Errors.Count == 0
                ? problem.Summary
                : string.Join(" ", problem.Errors.Select(e => $"{Describe(e.Key)}: {string.Join(" ", e.Value)}")));
            return Page();
        }

        HttpContext.Session.Remove(DesignDraft.SessionKey);
        return Redirect($"/consultation/{created.Value!.Id}?done=created");
    }

    /// <summary>"questions[1].options" as "Question 2".</summary>
    private static string Describe(string field) =>
        System.Text.RegularExpressions.Regex.Match(field, @"^questions\[(\d+)\]", System.Text.RegularExpressions.RegexOptions.IgnoreCase) is { Success: true } match
            ? $"Question {int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}"
            : Forms.Names.Status(field);

    private void Load()
    {
        ViewData["Errors"] = Errors;
        Draft = DesignDraft.Load(HttpContext.Session);
    }
}
