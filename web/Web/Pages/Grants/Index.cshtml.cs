using Platform.Web.Api;
using Platform.Web.Funding;

namespace Platform.Web.Pages.Grants;

/// <summary>
/// The applicant's journey begins here: rounds open now, and their organisation's applications and grants. Anyone
/// signed in may apply, for the organisation their account belongs to; the API shows them only their organisation's.
/// </summary>
public sealed class IndexModel(GatewayApi api, TimeProvider clock) : ApiPageModel
{
    public IReadOnlyList<RoundView>? OpenRounds { get; private set; }

    public IReadOnlyList<ApplicationSummaryView>? Applications { get; private set; }

    public IReadOnlyList<GrantView>? Grants { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rounds = api.GetAsync<IReadOnlyList<RoundView>>("/api/funding/rounds", cancellationToken);
        var applications = api.GetAsync<ApiPage<ApplicationSummaryView>>("/api/funding/applications?limit=100", cancellationToken);
        var grants = api.GetAsync<ApiPage<GrantView>>("/api/funding/grants?limit=100", cancellationToken);
        OpenRounds = (await LoadAsync(rounds))?.Where(round => round.IsOpenOn(today)).ToList();
        Applications = (await LoadAsync(applications))?.Items;
        Grants = (await LoadAsync(grants))?.Items;
    }
}
