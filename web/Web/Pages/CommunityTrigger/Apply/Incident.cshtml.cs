using Microsoft.AspNetCore.Mvc;
using Platform.Web.CommunityTrigger;
using Platform.Web.Forms;

namespace Platform.Web.Pages.CommunityTrigger.Apply;

/// <summary>Adds an incident, or changes one (<c>?index=n</c>, from the list or from "check your answers").</summary>
public sealed class IncidentModel : ApplyPage
{
    public const int MaximumIncidents = 50;

    [BindProperty(SupportsGet = true)]
    public int? Index { get; set; }

    [BindProperty]
    public DateParts OccurredOn { get; set; } = new();

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public bool HateMotivated { get; set; }

    [BindProperty]
    public string? ReportedTo { get; set; }

    [BindProperty]
    public DateParts ReportedOn { get; set; } = new();

    public bool HasIncidents => Draft.Incidents.Count > 0;

    public int Number => (Index ?? Draft.Incidents.Count) + 1;

    public IActionResult OnGet()
    {
        if (Draft.ProblemSummary is null)
        {
            return Redirect(Draft.FirstUnansweredPage()!);
        }

        if (Index is { } index)
        {
            if (index < 0 || index >= Draft.Incidents.Count)
            {
                return NotFound();
            }

            var incident = Draft.Incidents[index];
            OccurredOn = DateParts.Of(incident.OccurredOn);
            Description = incident.Description;
            HateMotivated = incident.HateMotivated;
            ReportedTo = incident.ReportedTo;
            ReportedOn = DateParts.Of(incident.ReportedOn);
        }

        return Page();
    }

    public IActionResult OnPost()
    {
        if (Index is { } index && (index < 0 || index >= Draft.Incidents.Count))
        {
            return NotFound();
        }

        if (Index is null && Draft.Incidents.Count >= MaximumIncidents)
        {
            Errors.Add("occurred-on", $"You can add up to {MaximumIncidents} incidents");
            return Page();
        }

        var occurredOn = OccurredOn.Read("the date it happened", Today, mustBePast: true, out var occurredError);
        if (occurredError is not null)
        {
            Errors.Add("occurred-on", occurredError);
        }

        var description = Description?.Trim() ?? "";
        if (description.Length < 3)
        {
            Errors.Add("description", description.Length == 0 ? "Describe what happened" : "Description of what happened must be 3 characters or more");
        }
        else if (description.Length > 2000)
        {
            Errors.Add("description", "Description of what happened must be 2000 characters or fewer");
        }

        DateOnly? reportedOn = null;
        if (ReportedTo is not ("police" or "council" or "not-reported"))
        {
            Errors.Add("reported-to", "Select who you reported it to, or that you did not report it");
        }
        else if (ReportedTo != "not-reported")
        {
            reportedOn = ReportedOn.Read("the date you reported it", Today, mustBePast: true, out var reportedError);
            if (reportedError is not null)
            {
                Errors.Add("reported-on", reportedError);
            }
            else if (occurredOn is { } occurred && reportedOn < occurred)
            {
                Errors.Add("reported-on", "The date you reported it must be the same as or after the date it happened");
            }
        }

        if (Errors.Any)
        {
            return Page();
        }

        var incident = new IncidentDraft
        {
            OccurredOn = occurredOn,
            Description = description,
            HateMotivated = HateMotivated,
            ReportedTo = ReportedTo,
            ReportedOn = reportedOn,
        };
        if (Index is { } changed)
        {
            Draft.Incidents[changed] = incident;
        }
        else
        {
            Draft.Incidents.Add(incident);
        }

        return Next("/community-trigger/apply/incidents");
    }
}
