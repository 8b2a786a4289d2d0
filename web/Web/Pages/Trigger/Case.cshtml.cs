using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Api;
using Platform.Web.CommunityTrigger;
using Platform.Web.Forms;

namespace Platform.Web.Pages.Trigger;

/// <summary>
/// Journey 2: the SPOC opens a case, records the threshold decision (the per-complaint reasons are shown as the API
/// gives them), records the review meeting and its recommendations, and sends the outcome. Each form posts, and a
/// success redirects back here (<c>?done=</c> says what was recorded); an API problem is shown next to its field.
/// </summary>
public sealed class CaseModel(GatewayApi api, TimeProvider time) : PageModel
{
    private static readonly Dictionary<string, string> Done = new(StringComparer.Ordinal)
    {
        ["threshold"] = "Threshold decision recorded",
        ["meeting"] = "Review meeting recorded",
        ["recommendation"] = "Recommendation added",
        ["outcome"] = "Outcome sent to the applicant",
    };

    public FormErrors Errors { get; } = new();

    public CaseView Case { get; private set; } = null!;

    public string? Success { get; private set; }

    [BindProperty]
    public DateParts HeldOn { get; set; } = new();

    [BindProperty]
    public List<string> Attending { get; set; } = [];

    [BindProperty]
    public string? UnmetNeeds { get; set; }

    [BindProperty]
    public string? RecommendationText { get; set; }

    [BindProperty]
    public string? OwnerAgency { get; set; }

    [BindProperty]
    public DateParts DueOn { get; set; } = new();

    [BindProperty]
    public string? Letter { get; set; }

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken cancellationToken)
    {
        Success = done is not null && Done.TryGetValue(done, out var message) ? message : null;
        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, CancellationToken cancellationToken) =>
        await SendAsync(id, "threshold-decision", new { }, "threshold", "decide", cancellationToken);

    public async Task<IActionResult> OnPostMeetingAsync(Guid id, CancellationToken cancellationToken)
    {
        var heldOn = HeldOn.Read("the date of the review meeting", Today, mustBePast: true, out var dateError);
        if (dateError is not null)
        {
            Errors.Add("held-on", dateError);
        }

        if (Attending.Count == 0)
        {
            Errors.Add("attending", "Select the agencies that attended the review meeting");
        }

        if (Errors.Any)
        {
            return await ShowAsync(id, cancellationToken);
        }

        return await SendAsync(id, "review-meeting",
            new { heldOn, attendingAgencies = Attending, agencyResponses = Array.Empty<object>(), unmetNeeds = Blank(UnmetNeeds) },
            "meeting", "held-on", cancellationToken);
    }

    public async Task<IActionResult> OnPostRecommendationAsync(Guid id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(RecommendationText))
        {
            Errors.Add("recommendation-text", "Enter the recommendation");
        }

        if (string.IsNullOrEmpty(OwnerAgency))
        {
            Errors.Add("owner-agency", "Select the agency that owns the recommendation");
        }

        var dueOn = DueOn.Read("the date the recommendation is due", Today, mustBePast: false, out var dateError);
        if (dateError is not null)
        {
            Errors.Add("due-on", dateError);
        }

        if (Errors.Any)
        {
            return await ShowAsync(id, cancellationToken);
        }

        return await SendAsync(id, "recommendations", new { text = RecommendationText!.Trim(), ownerAgency = OwnerAgency, dueOn },
            "recommendation", "recommendation-text", cancellationToken);
    }

    public async Task<IActionResult> OnPostOutcomeAsync(Guid id, CancellationToken cancellationToken)
    {
        if ((Letter?.Trim().Length ?? 0) < 10)
        {
            Errors.Add("letter", "Enter the outcome letter, at least 10 characters");
            return await ShowAsync(id, cancellationToken);
        }

        return await SendAsync(id, "outcome", new { letter = Letter!.Trim() }, "outcome", "letter", cancellationToken);
    }

    private async Task<IActionResult> SendAsync(Guid id, string action, object body, string done, string field, CancellationToken cancellationToken)
    {
        var sent = await api.PostAsync<CaseView>($"/api/community-trigger/cases/{id}/{action}", body, cancellationToken);
        if (sent.Succeeded)
        {
            return Redirect($"/trigger/cases/{id}?done={done}");
        }

        Errors.Show(sent.Problem!, field,
            ("HeldOn", "held-on"), ("AttendingAgencies", "attending"), ("Text", "recommendation-text"),
            ("OwnerAgency", "owner-agency"), ("DueOn", "due-on"), ("Letter", "letter"));
        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var found = await api.GetAsync<CaseView>($"/api/community-trigger/cases/{id}", cancellationToken);
        if (!found.Succeeded)
        {
            return found.Problem!.Status == System.Net.HttpStatusCode.NotFound ? NotFound() : StatusCode((int)found.Problem.Status);
        }

        Case = found.Value!;
        return Page();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
