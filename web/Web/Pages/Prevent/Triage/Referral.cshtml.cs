using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Forms;
using Platform.Web.Prevent;

namespace Platform.Web.Pages.Prevent.Triage;

/// <summary>
/// The police gateway assessment of one referral: no further action, signposted (to a named service) or on to
/// Channel, with the reason. The officer sees the concern, never the person's name (the queue is all the API gives them).
/// </summary>
public sealed class ReferralModel(GatewayApi api) : ApiPageModel
{
    public AwaitingTriageView Referral { get; private set; } = null!;

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? SignpostedTo { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(Outcome))
        {
            Errors.Add("outcome", "Select the outcome of the triage");
        }
        else if (Outcome == "signposted" && string.IsNullOrWhiteSpace(SignpostedTo))
        {
            Errors.Add("signposted-to", "Enter the service the person is signposted to");
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            Errors.Add("reason", "Enter the reason for the decision");
        }

        if (!Errors.Any)
        {
            var sent = await api.PostAsync<object>($"/api/prevent/referrals/{id}/triage", new
            {
                outcome = Outcome,
                reason = Reason!.Trim(),
                signpostedTo = Outcome == "signposted" ? SignpostedTo?.Trim() : null,
            }, cancellationToken);
            if (sent.Succeeded)
            {
                return Redirect("/prevent/triage?done=triaged");
            }

            Errors.Show(sent.Problem!, "outcome", ("Outcome", "outcome"), ("Reason", "reason"), ("SignpostedTo", "signposted-to"));
        }

        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var queue = await api.GetAsync<IReadOnlyList<AwaitingTriageView>>("/api/prevent/triage-queue", cancellationToken);
        if (!queue.Succeeded)
        {
            return ProblemPage(queue.Problem!);
        }

        if (queue.Value!.FirstOrDefault(referral => referral.Id == id) is not { } referral)
        {
            return NotFound();
        }

        Referral = referral;
        return Page();
    }
}
