using Microsoft.AspNetCore.Mvc;
using Platform.Web.CommunityTrigger;

namespace Platform.Web.Pages.CommunityTrigger.Apply;

/// <summary>The incidents added so far ("add another" pattern): change, remove, add another or go on to check answers.</summary>
public sealed class IncidentsModel : ApplyPage
{
    [BindProperty]
    public string? AddAnother { get; set; }

    public IReadOnlyList<IncidentDraft> Incidents => Draft.Incidents;

    public string? District => Draft.District;

    public IActionResult OnGet() =>
        Draft.Incidents.Count == 0 ? Redirect(Draft.FirstUnansweredPage() ?? "/community-trigger/apply/incident") : Page();

    public IActionResult OnPost()
    {
        switch (AddAnother)
        {
            case "yes":
                return Redirect("/community-trigger/apply/incident");
            case "no":
                return Redirect(Draft.FirstUnansweredPage() ?? CheckPath);
            default:
                Errors.Add("add-another", "Select yes if you need to add another incident");
                return Page();
        }
    }

    public IActionResult OnPostRemove(int index)
    {
        if (index >= 0 && index < Draft.Incidents.Count)
        {
            Draft.Incidents.RemoveAt(index);
            SaveDraft();
        }

        return Redirect(Draft.Incidents.Count == 0 ? "/community-trigger/apply/incident" : "/community-trigger/apply/incidents");
    }
}
