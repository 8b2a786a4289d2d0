using System.Net;
using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Forms;
using Platform.Web.Operations;

namespace Platform.Web.Pages.Operations;

/// <summary>
/// Journey 8: what the platform has not yet delivered. Each service's outbox (waiting, oldest, dead letters, each
/// dead letter sent again on request), the partner messages Prevent's intake parked (sent through the door again
/// once fixed), and the link to the telemetry dashboard. A service that is not deployed says so rather than fail the page.
/// </summary>
public sealed class IndexModel(GatewayApi api, WebSettings settings) : ApiPageModel
{
    public IReadOnlyList<ServiceOutbox> Outboxes { get; private set; } = [];

    public IReadOnlyList<ParkedMessageView>? Parked { get; private set; }

    public string? ParkedProblem { get; private set; }

    public string? Success { get; private set; }

    public Uri? Dashboard => settings.Dashboard;

    public async Task OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        Success = done switch
        {
            "dead-letter" => "The message will be published again",
            "parked" => "The parked message was received",
            _ => null,
        };
        await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRedriveDeadLetterAsync(string service, Guid id, CancellationToken cancellationToken)
    {
        if (!OperatedServices.Knows(service))
        {
            return NotFound();
        }

        var sent = await api.PostAsync<object>($"/api/{service}/admin/outbox/dead-letters/{id}/redrive", null, cancellationToken);
        if (sent.Succeeded)
        {
            return Redirect("/operations?done=dead-letter");
        }

        Errors.Show(sent.Problem!, $"dead-letter-{id}");
        await ShowAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRedriveParkedAsync(string id, CancellationToken cancellationToken)
    {
        var sent = await api.PostAsync<object>($"/api/prevent/admin/parked-referrals/{Uri.EscapeDataString(id)}/redrive", null, cancellationToken);
        if (sent.Succeeded)
        {
            return Redirect("/operations?done=parked");
        }

        Errors.Show(sent.Problem!, FieldId.Of("parked", id));
        await ShowAsync(cancellationToken);
        return Page();
    }

    private async Task ShowAsync(CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var outboxes = OperatedServices.All.Select(async service =>
        {
            var status = await api.GetAsync<OutboxStatusView>($"/api/{service.Name}/admin/outbox", cancellationToken);
            return new ServiceOutbox(service.Name, status.Value, status.Succeeded ? null : Unavailable(status.Problem!));
        });
        var parked = await api.GetAsync<IReadOnlyList<ParkedMessageView>>("/api/prevent/admin/parked-referrals", cancellationToken);
        Outboxes = await Task.WhenAll(outboxes);
        Parked = parked.Value;
        ParkedProblem = parked.Succeeded ? null : Unavailable(parked.Problem!);
    }

    private static string Unavailable(ApiProblem problem) =>
        problem.Status is HttpStatusCode.NotFound or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable
            ? "Not deployed or not answering"
            : problem.Summary;
}

/// <summary>An HTML id for a record's row or button, from its kind and an id that may hold any character.</summary>
public static class FieldId
{
    public static string Of(string kind, string id) =>
        kind + "-" + new string([.. id.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
