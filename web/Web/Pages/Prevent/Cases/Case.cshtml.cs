using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Forms;
using Platform.Web.Prevent;

namespace Platform.Web.Pages.Prevent.Cases;

/// <summary>
/// One case of the council: who the person is, the concern, and its Channel lifecycle as steps. While the case awaits
/// the panel the lead records the panel's decision here, with the meeting it was taken at (the API needs the meeting
/// recorded first; a meeting recorded on an earlier attempt is reused, so a refused decision does not leave duplicates).
/// </summary>
public sealed class CaseModel(GatewayApi api, TimeProvider clock) : ApiPageModel
{
    public CaseView Case { get; private set; } = null!;

    public IReadOnlyList<ChannelStep> Steps { get; private set; } = [];

    public string? Success { get; private set; }

    [BindProperty]
    public DateParts HeldOn { get; set; } = new();

    [BindProperty]
    public string? Chair { get; set; }

    [BindProperty]
    public string? Attendees { get; set; }

    [BindProperty]
    public string? Assessment { get; set; }

    [BindProperty]
    public string? Adopt { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The meeting recorded on an earlier attempt, and what it was recorded as (reused only while the person keeps it).</summary>
    [BindProperty]
    public Guid? MeetingId { get; set; }

    [BindProperty]
    public string? MeetingRecordedAs { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken cancellationToken)
    {
        Success = done == "decided" ? "Channel panel decision recorded" : null;
        return ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var heldOn = HeldOn.Read("the date of the panel meeting", DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), mustBePast: true, out var dateError);
        if (dateError is not null)
        {
            Errors.Add("held-on", dateError);
        }

        var attendees = (Attendees ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Require("chair", Chair, "Enter who chaired the panel");
        if (attendees.Length == 0)
        {
            Errors.Add("attendees", "Enter who attended the panel, one a line");
        }

        Require("assessment", Assessment, "Enter the panel's vulnerability assessment");
        if (Adopt is not ("yes" or "no"))
        {
            Errors.Add("adopt", "Select whether the panel adopted the case");
        }

        Require("reason", Reason, "Enter the reason for the panel's decision");
        if (!Errors.Any && await MeetingAsync(heldOn!.Value, attendees, cancellationToken) is { } meeting)
        {
            var decided = await api.PostAsync<object>($"/api/prevent/referrals/{id}/panel-decision", new
            {
                meetingId = meeting,
                vulnerabilityAssessment = Assessment!.Trim(),
                adopt = Adopt == "yes",
                reason = Reason!.Trim(),
            }, cancellationToken);
            if (decided.Succeeded)
            {
                return Redirect($"/prevent/cases/{id}?done=decided");
            }

            Errors.Show(
                decided.Problem!,
                decided.Problem!.Rule == "panel-meeting-not-held" ? "held-on" : "adopt",
                ("VulnerabilityAssessment", "assessment"), ("Adopt", "adopt"), ("Reason", "reason"), ("MeetingId", "held-on"));
        }

        return await ShowAsync(id, cancellationToken);
    }

    private void Require(string fieldId, string? value, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Errors.Add(fieldId, message);
        }
    }

    /// <summary>The meeting's id: the one recorded before for the same date, chair and attendees, or a newly recorded one (null with its problem shown).</summary>
    private async Task<Guid?> MeetingAsync(DateOnly heldOn, string[] attendees, CancellationToken cancellationToken)
    {
        var recordedAs = string.Join('|', [heldOn.ToString("O", CultureInfo.InvariantCulture), Chair!.Trim(), .. attendees]);
        if (MeetingId is { } earlier && MeetingRecordedAs == recordedAs)
        {
            return earlier;
        }

        var recorded = await api.PostAsync<PanelMeetingView>("/api/prevent/panel-meetings", new { heldOn, chair = Chair.Trim(), attendees }, cancellationToken);
        if (!recorded.Succeeded)
        {
            Errors.Show(recorded.Problem!, recorded.Problem!.Rule == "panel-attendees-required" ? "attendees" : "held-on", ("HeldOn", "held-on"), ("Chair", "chair"), ("Attendees", "attendees"));
            return null;
        }

        MeetingId = recorded.Value!.Id;
        MeetingRecordedAs = recordedAs;
        return MeetingId;
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var found = await api.GetAsync<CaseView>($"/api/prevent/referrals/{id}", cancellationToken);
        if (!found.Succeeded)
        {
            return ProblemPage(found.Problem!);
        }

        Case = found.Value!;
        Steps = ChannelStep.Of(Case);
        return Page();
    }
}
