using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Funding;

namespace Platform.Web.Pages.Funding;

/// <summary>A grant as the grants officer manages it: its claims to approve and then pay, the payments made and the monitoring returns.</summary>
public sealed class GrantModel(GatewayApi api, TimeProvider clock) : ApiPageModel
{
    public GrantDetailView Detail { get; private set; } = null!;

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken cancellationToken)
    {
        Done = done switch
        {
            "approved" => "Claim approved for payment",
            "paid" => "Payment recorded",
            _ => null,
        };
        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, Guid claimId, CancellationToken cancellationToken)
    {
        var sent = await api.PostAsync<ClaimView>($"/api/funding/grants/{id}/claims/{claimId}/decision", new { approve = true }, cancellationToken);
        if (sent.Succeeded)
        {
            return Redirect($"/funding/grants/{id}?done=approved");
        }

        Errors.ShowFunding(sent.Problem!, "claims");
        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostPayAsync(Guid id, Guid claimId, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var sent = await api.PostAsync<PaymentView>($"/api/funding/grants/{id}/claims/{claimId}/payment", new { paidOn = today }, cancellationToken);
        if (sent.Succeeded)
        {
            return Redirect($"/funding/grants/{id}?done=paid");
        }

        Errors.ShowFunding(sent.Problem!, "claims");
        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var found = await api.GetAsync<GrantDetailView>($"/api/funding/grants/{id}", cancellationToken);
        if (!found.Succeeded)
        {
            return ProblemPage(found.Problem!);
        }

        Detail = found.Value!;
        return Page();
    }
}
