using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.CommunityTrigger;
using Platform.Web.Forms;

namespace Platform.Web.Pages.CommunityTrigger.Apply;

/// <summary>
/// Check your answers, then send them. A problem the API finds is listed in the error summary, each message linking to
/// the page where that answer is changed.
/// </summary>
public sealed partial class CheckModel(GatewayApi api) : ApplyPage
{
    public ApplicationDraft Answers => Draft;

    public IActionResult OnGet() => Draft.FirstUnansweredPage() is { } unanswered ? Redirect(unanswered) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Draft.FirstUnansweredPage() is { } unanswered)
        {
            return Redirect(unanswered);
        }

        var sent = await api.PostAsync<ApplicationReceipt>("/api/community-trigger/applications", Draft.ToRequest(), cancellationToken);
        if (!sent.Succeeded)
        {
            ShowProblem(sent.Problem!);
            return Page();
        }

        HttpContext.Session.Remove(ApplicationDraft.SessionKey);
        HttpContext.Session.Save(ApplicationReceipt.SessionKey, sent.Value!);
        return Redirect("/community-trigger/apply/sent");
    }

    private void ShowProblem(ApiProblem problem)
    {
        if (problem.Errors.Count == 0)
        {
            Errors.Add("/community-trigger/apply/check", problem.Summary);
            return;
        }

        foreach (var (field, messages) in problem.Errors)
        {
            Errors.Add(PageFor(field), string.Join(" ", messages));
        }
    }

    /// <summary>Where the answer an API field name stands for is changed (<c>Incidents[1].OccurredOn</c> is incident 2's page).</summary>
    private static string PageFor(string apiField)
    {
        var field = apiField.ToLowerInvariant();
        if (IncidentField().Match(field) is { Success: true } incident)
        {
            return $"/community-trigger/apply/incident?index={incident.Groups[1].Value}&change=true";
        }

        return field switch
        {
            _ when field.StartsWith("district", StringComparison.Ordinal) => "/community-trigger/apply/district?change=true",
            _ when field.StartsWith("applicant", StringComparison.Ordinal) => "/community-trigger/apply/about-you?change=true",
            _ when field.StartsWith("problemsummary", StringComparison.Ordinal) => "/community-trigger/apply/problem?change=true",
            _ when field.StartsWith("incidents", StringComparison.Ordinal) => "/community-trigger/apply/incidents",
            _ => "/community-trigger/apply/check",
        };
    }

    [GeneratedRegex(@"^incidents\[(\d+)\]")]
    private static partial Regex IncidentField();
}
