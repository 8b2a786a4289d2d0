using Platform.Web.Api;
using Platform.Web.Funding;

namespace Platform.Web.Pages.Funding;

/// <summary>The grants officer's journey begins here: the funds with what is committed and paid, and their rounds.</summary>
public sealed class IndexModel(GatewayApi api, TimeProvider clock) : ApiPageModel
{
    public IReadOnlyList<FundView>? Funds { get; private set; }

    public IReadOnlyList<RoundView>? Rounds { get; private set; }

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var funds = api.GetAsync<IReadOnlyList<FundView>>("/api/funding/funds", cancellationToken);
        var rounds = api.GetAsync<IReadOnlyList<RoundView>>("/api/funding/rounds", cancellationToken);
        Funds = await LoadAsync(funds);
        Rounds = await LoadAsync(rounds);
    }
}
