using Platform.Web.Api;
using Platform.Web.Prevent;

namespace Platform.Web.Pages.Prevent.Triage;

/// <summary>Journey 6 (police): referrals awaiting the gateway assessment, oldest first, without who the person is.</summary>
public sealed class IndexModel(GatewayApi api) : ApiPageModel
{
    public IReadOnlyList<AwaitingTriageView>? Queue { get; private set; }

    public string? Success { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        Success = done == "triaged" ? "Triage decision recorded" : null;
        Queue = await LoadAsync(api.GetAsync<IReadOnlyList<AwaitingTriageView>>("/api/prevent/triage-queue", cancellationToken));
    }
}
