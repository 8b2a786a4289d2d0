using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Api;
using Platform.Web.CommunityTrigger;
using Platform.Web.Forms;

namespace Platform.Web.Pages.CommunityTrigger.Status;

/// <summary>
/// An applicant checks their application, and appeals the outcome, with their secret reference. The reference travels
/// only in POST bodies (never a URL: it would reach history and logs), and answers are never cached.
/// </summary>
public sealed class IndexModel(GatewayApi api, TimeProvider time) : PageModel
{
    public FormErrors Errors { get; } = new();

    [BindProperty]
    public string? Reference { get; set; }

    [BindProperty]
    public string? Grounds { get; set; }

    public ApplicationStatus? Result { get; private set; }

    public bool AppealSent { get; private set; }

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public void OnGet() => ViewData["Errors"] = Errors;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        Reference = Reference?.Trim();
        if (string.IsNullOrEmpty(Reference))
        {
            Errors.Add("reference", "Enter your reference");
            return Page();
        }

        var status = await api.PostAsync<ApplicationStatus>("/api/community-trigger/status", new { reference = Reference }, cancellationToken);
        if (!status.Succeeded)
        {
            Errors.Add("reference", status.Problem!.Status is HttpStatusCode.NotFound or HttpStatusCode.BadRequest
                ? "No application has this reference. Check you entered it correctly"
                : status.Problem.Summary);
            return Page();
        }

        Result = status.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAppealAsync(CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var grounds = Grounds?.Trim() ?? "";
        if (grounds.Length < 3)
        {
            Errors.Add("grounds", grounds.Length == 0 ? "Enter why you want to appeal" : "Why you want to appeal must be 3 characters or more");
        }
        else if (grounds.Length > 4000)
        {
            Errors.Add("grounds", "Why you want to appeal must be 4000 characters or fewer");
        }

        if (Errors.Any)
        {
            return await OnPostWithErrorsAsync(cancellationToken);
        }

        var appeal = await api.PostAsync<ApplicationStatus>(
            "/api/community-trigger/status/appeal", new { reference = Reference, grounds }, cancellationToken);
        if (!appeal.Succeeded)
        {
            Errors.Add("grounds", appeal.Problem!.MessageFor("grounds") ?? appeal.Problem.Summary);
            return await OnPostWithErrorsAsync(cancellationToken);
        }

        AppealSent = true;
        return Page();
    }

    /// <summary>The status page again, with the appeal's errors shown by its field.</summary>
    private async Task<IActionResult> OnPostWithErrorsAsync(CancellationToken cancellationToken)
    {
        var status = await api.PostAsync<ApplicationStatus>("/api/community-trigger/status", new { reference = Reference }, cancellationToken);
        Result = status.Value;
        return Page();
    }
}
