using Platform.Web.Api;
using Platform.Web.Navigation;
using Platform.Web.Plans;

namespace Platform.Web.Pages.Plans;

/// <summary>
/// A delivery lead's actions: those their agency owns on every priority's work plan, soonest due first. The Plans API
/// lists actions per priority, so this reads each priority's work plan (a few dozen priorities at most) and keeps the
/// agency's own.
/// </summary>
public sealed class MyActionsModel(GatewayApi api) : ApiPageModel
{
    public IReadOnlyList<ActionView>? Actions { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var agency = User.Agency();
        var priorities = await LoadAsync(api.GetAsync<ApiPage<PriorityView>>("/api/plans/priorities?limit=200", cancellationToken));
        if (priorities is null)
        {
            return;
        }

        var workPlans = await Task.WhenAll(priorities.Items.Select(priority =>
            LoadAsync(api.GetAsync<ApiPage<ActionView>>($"/api/plans/priorities/{priority.Id}/actions?limit=200", cancellationToken))));
        if (Errors.Any)
        {
            return;
        }

        Actions = [.. workPlans.SelectMany(plan => plan!.Items)
            .Where(action => action.OwnerAgency == agency)
            .OrderBy(action => action.CompletedAt is not null)
            .ThenBy(action => action.DueOn)];
    }
}
