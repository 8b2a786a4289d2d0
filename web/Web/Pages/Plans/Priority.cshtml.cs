using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Forms;
using Platform.Web.Plans;

namespace Platform.Web.Pages.Plans;

/// <summary>A priority and its work plan: each action with its reported RAG status, a page at a time.</summary>
public sealed class PriorityModel(GatewayApi api) : ApiPageModel
{
    private const int PageSize = 25;

    public PriorityView Priority { get; private set; } = null!;

    public IReadOnlyList<ActionView>? Actions { get; private set; }

    public Pager Pager { get; private set; } = new(null, null);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? after, CancellationToken cancellationToken)
    {
        var priority = await api.GetAsync<PriorityView>($"/api/plans/priorities/{id}", cancellationToken);
        if (!priority.Succeeded)
        {
            return ProblemPage(priority.Problem!);
        }

        Priority = priority.Value!;
        var actions = await LoadAsync(api.GetAsync<ApiPage<ActionView>>(
            $"/api/plans/priorities/{id}/actions?limit={PageSize}{(after is { } from ? $"&after={from}" : "")}", cancellationToken));
        Actions = actions?.Items;
        Pager = Pager.For($"/plans/priorities/{id}", after, actions?.NextAfter);
        return Page();
    }
}
