using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Funding;

namespace Platform.Web.Pages.Funding;

/// <summary>A fund's ledger: budget, committed (awards) and paid per financial year and per priority, and cash paid by year.</summary>
public sealed class LedgerModel(GatewayApi api) : ApiPageModel
{
    public LedgerView Ledger { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var found = await api.GetAsync<LedgerView>($"/api/funding/funds/{id}/ledger", cancellationToken);
        if (!found.Succeeded)
        {
            return ProblemPage(found.Problem!);
        }

        Ledger = found.Value!;
        return Page();
    }
}
