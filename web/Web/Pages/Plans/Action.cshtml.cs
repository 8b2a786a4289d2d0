using Microsoft.AspNetCore.Mvc;
using Platform.Contracts;
using Platform.Web.Api;
using Platform.Web.Forms;
using Platform.Web.Navigation;
using Platform.Web.Plans;

namespace Platform.Web.Pages.Plans;

/// <summary>
/// An action, its status history, and (for its owner's delivery lead or a partnership officer) the RAG update with a
/// note. The update names the version the person read: if someone else changed the action meanwhile, the API refuses
/// it (409) and the page says so, shows the action as it is now, and keeps the note for sending again.
/// </summary>
public sealed class ActionModel(GatewayApi api) : ApiPageModel
{
    public ActionView Action { get; private set; } = null!;

    public IReadOnlyList<ActionChangeView> History { get; private set; } = [];

    public bool Updated { get; private set; }

    [BindProperty]
    public string? Status { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public bool MayUpdate => User.IsInRole(Roles.PartnershipOfficer) || User.Agency() == Action.OwnerAgency;

    public async Task<IActionResult> OnGetAsync(Guid id, bool updated, CancellationToken cancellationToken)
    {
        Updated = updated;
        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(Status))
        {
            Errors.Add("status", "Select the action's status");
        }

        if (string.IsNullOrWhiteSpace(Note))
        {
            Errors.Add("note", "Enter a note saying why the status is what it is");
        }

        if (!Errors.Any)
        {
            var sent = await api.PostAsync<ActionView>(
                $"/api/plans/actions/{id}/status", new { status = Status, note = Note!.Trim() }, Version, cancellationToken);
            if (sent.Succeeded)
            {
                return Redirect($"/plans/actions/{id}?updated=true");
            }

            if (sent.Problem!.IsStaleVersion)
            {
                Errors.Add("status", "Someone else updated this action after you opened it, so your update was not saved. " +
                    "Check its status as it is now and send your update again.");
            }
            else
            {
                Errors.Show(sent.Problem, "status", ("Status", "status"), ("Note", "note"));
            }
        }

        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var history = api.GetAsync<ActionHistoryView>($"/api/plans/actions/{id}/history", cancellationToken);
        var found = await api.GetAsync<ActionView>($"/api/plans/actions/{id}", cancellationToken);
        if (!found.Succeeded)
        {
            return ProblemPage(found.Problem!);
        }

        Action = found.Value!;
        History = (await LoadAsync(history))?.Changes ?? [];
        // Every showing names the version on screen: after a conflict, sending again means "over what I now see".
        Version = Action.Version;
        ModelState.Remove(nameof(Version));
        return Page();
    }
}
