using Platform.Web.Api;
using Platform.Web.Prevent;

namespace Platform.Web.Pages.Prevent.Rejected;

/// <summary>Journey 6 (Prevent lead): partner messages the intake refused, with why, to take up with the partner.</summary>
public sealed class IndexModel(GatewayApi api) : ApiPageModel
{
    public IReadOnlyList<RejectedReferralView>? Rejected { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rejected = await LoadAsync(api.GetAsync<IReadOnlyList<RejectedReferralView>>("/api/prevent/rejected-referrals", cancellationToken));
}
