using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Forms;
using Platform.Web.Funding;

namespace Platform.Web.Pages.Funding;

/// <summary>
/// A round and its applications, each with its status and how far its assessment has got (scored by how many of
/// those assigned, the average weighted score), a page at a time.
/// </summary>
public sealed class RoundModel(GatewayApi api) : ApiPageModel
{
    private const int PageSize = 25;

    public RoundView Round { get; private set; } = null!;

    public IReadOnlyList<(ApplicationSummaryView Summary, ApplicationView? Detail)> Applications { get; private set; } = [];

    public Pager Pager { get; private set; } = new(null, null);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? after, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var applications = api.GetAsync<ApiPage<ApplicationSummaryView>>(
            $"/api/funding/applications?roundId={id}&limit={PageSize}{(after is { } from ? $"&after={from}" : "")}", cancellationToken);
        var found = await api.GetAsync<RoundView>($"/api/funding/rounds/{id}", cancellationToken);
        if (!found.Succeeded)
        {
            return ProblemPage(found.Problem!);
        }

        Round = found.Value!;
        var page = await LoadAsync(applications, "applications");
        if (page is not null)
        {
            var details = await Task.WhenAll(page.Items.Select(a => api.GetAsync<ApplicationView>($"/api/funding/applications/{a.Id}", cancellationToken)));
            Applications = [.. page.Items.Zip(details, (summary, detail) => (summary, detail.Value))];
            Pager = Pager.For($"/funding/rounds/{id}", after, page.NextAfter);
        }

        return Page();
    }
}
