using Platform.Web.Api;
using Platform.Web.Prevent;

namespace Platform.Web.Pages.Prevent.Cases;

/// <summary>Journey 6 (Prevent lead): the council's cases past triage, newest first, each with where it stands on the Channel pathway.</summary>
public sealed class IndexModel(GatewayApi api) : ApiPageModel
{
    public IReadOnlyList<CaseloadEntryView>? Caseload { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Caseload = await LoadAsync(api.GetAsync<IReadOnlyList<CaseloadEntryView>>("/api/prevent/caseload", cancellationToken));
}
