using Platform.Web.Forms;

namespace Platform.Web.Prevent;

/// <summary>A referral awaiting the police gateway assessment (<c>GET /api/prevent/triage-queue</c>): no name, no date of birth.</summary>
public sealed record AwaitingTriageView(
    Guid Id, DateTimeOffset ReceivedAt, string Sector, string ReferrerAgency, string AgeBand, string District, string Concerns,
    string Ideology, IReadOnlyList<string> RiskFlags, bool IsRepeat);

/// <summary>A partner message Prevent's intake refused, kept for the Prevent lead to follow up with the partner.</summary>
public sealed record RejectedReferralView(Guid Id, DateTimeOffset ReceivedAt, string? PartnerAgency, string? ReferralReference, string Reason);

public static class TriageOutcomes
{
    public static readonly IReadOnlyList<(string Value, string Text, string Hint)> All =
    [
        ("no-further-action", "No further action", "Prevent is not the right response."),
        ("signposted", "Signpost to another service", "Name the service the person is referred to."),
        ("channel", "Refer to Channel", "The local authority's Channel panel will consider the case."),
    ];
}

/// <summary>A case of the lead's council as the caseload lists it (<c>GET /api/prevent/caseload</c>): no name, no date of birth.</summary>
public sealed record CaseloadEntryView(
    Guid Id, string Status, DateTimeOffset ReceivedAt, string District, string AgeBand, string Ideology, IReadOnlyList<string> RiskFlags,
    DateOnly? PanelHeldOn);

/// <summary>The full case (<c>GET /api/prevent/referrals/{id}</c>), for the owning council's Prevent lead and panel.</summary>
public sealed record CaseView(
    Guid Id,
    string Status,
    string ReferrerAgency,
    string Sector,
    PersonView Person,
    string AgeBand,
    string District,
    string Concerns,
    string Ideology,
    IReadOnlyList<string> RiskFlags,
    DateTimeOffset ReceivedAt,
    bool IsRepeat,
    CaseTriageView? Triage,
    PanelDecisionView? PanelDecision,
    ConsentView? Consent,
    IReadOnlyList<InterventionView> Interventions,
    IReadOnlyList<PanelReviewView> PanelReviews,
    DateOnly? ExitedOn,
    IReadOnlyList<FollowUpView> FollowUps);

public sealed record PersonView(string? Name, DateOnly? DateOfBirth);

public sealed record CaseTriageView(string Outcome, string Reason, string? SignpostedTo, DateTimeOffset DecidedAt);

public sealed record PanelDecisionView(Guid MeetingId, DateOnly HeldOn, string VulnerabilityAssessment, bool Adopt, string Reason);

public sealed record ConsentView(string GivenBy, DateOnly GivenOn, DateOnly? WithdrawnOn);

public sealed record InterventionView(Guid Id, string Type, string Provider, DateOnly StartsOn, DateOnly? EndsOn, string Status);

public sealed record PanelReviewView(Guid MeetingId, DateOnly HeldOn, string Note);

public sealed record FollowUpView(int Months, DateOnly DueOn, DateOnly? HeldOn, string? Note);

/// <summary>The meeting the panel sat at (<c>POST /api/prevent/panel-meetings</c>).</summary>
public sealed record PanelMeetingView(Guid Id, DateOnly HeldOn);

/// <summary>
/// One step of a case's Channel lifecycle as the GOV.UK task list shows it: done (with what was decided), to do now,
/// not reached yet, or passed by (the case left the pathway before it).
/// </summary>
public sealed record ChannelStep(string Id, string Name, string Status, string? Detail)
{
    public const string Done = "Completed";
    public const string ToDo = "To do";
    public const string NotYet = "Cannot start yet";
    public const string NotNeeded = "Not needed";

    /// <summary>
    /// received → triage → panel decision → consent → support → reviews → exit → follow-ups; a case triaged out, not
    /// adopted or whose consent was withdrawn stops where it left.
    /// </summary>
    public static IReadOnlyList<ChannelStep> Of(CaseView c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var toChannel = c.Triage?.Outcome == "channel";
        var adopted = c.PanelDecision?.Adopt == true;
        var left = c.Status is "no-further-action" or "signposted" or "not-adopted" or "consent-withdrawn";
        string Later(bool reached) => reached ? ToDo : left ? NotNeeded : NotYet;

        return
        [
            new("triage", "Police triage", c.Triage is not null ? Done : ToDo,
                c.Triage is { } triage ? $"{Names.Status(triage.Outcome)}{(triage.SignpostedTo is { } to ? $" ({to})" : "")}, {Names.Date(triage.DecidedAt)}" : null),
            new("panel-decision", "Channel panel decision", c.PanelDecision is not null ? Done : Later(toChannel),
                c.PanelDecision is { } decision ? $"{(decision.Adopt ? "Adopted" : "Not adopted")} at the panel of {Names.Date(decision.HeldOn)}: {decision.Reason}" : null),
            new("consent", "Consent", c.Consent is not null ? Done : Later(adopted),
                c.Consent is { } consent
                    ? $"Given by {(consent.GivenBy == "person" ? "the person" : "a parent or guardian")} on {Names.Date(consent.GivenOn)}{(consent.WithdrawnOn is { } withdrawn ? $"; withdrawn on {Names.Date(withdrawn)}" : "")}"
                    : null),
            new("support", "Support plan", c.Interventions.Count > 0 ? Done : Later(adopted && c.Consent is { WithdrawnOn: null }),
                c.Interventions.Count > 0 ? string.Join("; ", c.Interventions.Select(i => $"{Names.Status(i.Type)} by {i.Provider} from {Names.Date(i.StartsOn)} ({Names.Status(i.Status).ToLowerInvariant()})")) : null),
            new("reviews", "Panel reviews", c.PanelReviews.Count > 0 ? Done : Later(c.Status == "in-support"),
                c.PanelReviews.Count > 0 ? string.Join("; ", c.PanelReviews.Select(r => $"{Names.Date(r.HeldOn)}: {r.Note}")) : null),
            new("exit", "Exit from Channel", c.ExitedOn is { } exited ? Done : Later(c.Status == "in-support"),
                c.ExitedOn is { } on ? $"Exited on {Names.Date(on)}" : null),
            new("follow-ups", "Follow-up reviews", c.FollowUps.Count > 0 && c.FollowUps.All(f => f.HeldOn is not null) ? Done : Later(c.ExitedOn is not null),
                c.FollowUps.Count > 0 ? string.Join("; ", c.FollowUps.Select(f => $"{f.Months} months: {(f.HeldOn is { } held ? $"held {Names.Date(held)}" : $"due {Names.Date(f.DueOn)}")}")) : null),
        ];
    }
}

/// <summary>A case's status as a GOV.UK tag: waiting on the council (blue), in Channel (green), closed (grey).</summary>
public static class CaseStatusTags
{
    public static (string Text, string Colour) Of(string status) => status switch
    {
        "awaiting-panel" => ("Awaiting panel", "govuk-tag--blue"),
        "adopted" => ("Adopted", "govuk-tag--turquoise"),
        "in-support" => ("In support", "govuk-tag--green"),
        "exited" => ("Exited", "govuk-tag--grey"),
        "not-adopted" => ("Not adopted", "govuk-tag--grey"),
        "consent-withdrawn" => ("Consent withdrawn", "govuk-tag--grey"),
        _ => (Names.Status(status), "govuk-tag--grey"),
    };
}
