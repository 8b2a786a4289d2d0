using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Funding;

namespace Platform.Web.Pages.Grants;

/// <summary>The applicant's view of their organisation's application: its status, and the decision with its reasons once made.</summary>
public sealed class ApplicationModel(GatewayApi api) : ApiPageModel
{
    public ApplicationView Application { get; private set; } = null!;

    public bool Submitted { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool submitted, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        Submitted = submitted;
        var found = await api.GetAsync<ApplicationView>($"/api/funding/applications/{id}", cancellationToken);
        if (!found.Succeeded)
        {
            return ProblemPage(found.Problem!);
        }

        Application = found.Value!;
        return Page();
    }
}
