using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Api;
using Platform.Web.CommunityTrigger;
using Platform.Web.Forms;

namespace Platform.Web.Pages.Trigger;

/// <summary>Journey 2 begins here: the SPOC's applications awaiting a threshold decision in their districts, soonest due first.</summary>
public sealed class IndexModel(GatewayApi api) : PageModel
{
    public FormErrors Errors { get; } = new();

    public IReadOnlyList<PendingDecision>? Pending { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var pending = await api.GetAsync<IReadOnlyList<PendingDecision>>("/api/community-trigger/cases/pending-decisions", cancellationToken);
        if (pending.Succeeded)
        {
            Pending = pending.Value;
        }
        else
        {
            Errors.Add("main-content", pending.Problem!.Summary);
        }
    }
}
