using Platform.Web.Api;
using Platform.Web.Forms;
using Platform.Web.Plans;

namespace Platform.Web.Pages.Plans;

/// <summary>Journey 3 begins here: the partnership plan's versions and its priorities, a page of priorities at a time.</summary>
public sealed class IndexModel(GatewayApi api) : ApiPageModel
{
    private const int PageSize = 20;

    public IReadOnlyList<PlanView>? Plans { get; private set; }

    public ApiPage<PriorityView>? Priorities { get; private set; }

    public Pager Pager { get; private set; } = new(null, null);

    public async Task OnGetAsync(Guid? after, CancellationToken cancellationToken)
    {
        var plans = api.GetAsync<ApiPage<PlanView>>("/api/plans/plans?limit=50", cancellationToken);
        var priorities = api.GetAsync<ApiPage<PriorityView>>(
            $"/api/plans/priorities?limit={PageSize}{(after is { } from ? $"&after={from}" : "")}", cancellationToken);
        Plans = (await LoadAsync(plans))?.Items;
        Priorities = await LoadAsync(priorities);
        Pager = Pager.For("/plans", after, Priorities?.NextAfter);
    }
}
