namespace Platform.Web.Plans;

/// <summary>A priority as <c>GET /api/plans/priorities</c> lists it; enums as the API spells them.</summary>
public sealed record PriorityView(
    Guid Id, string Title, string Description, string StrategicTheme, string SponsorAgency, string LeadOfficer, string? Code,
    string Status, DateTimeOffset? AdoptedAt);

/// <summary>A version of the partnership plan as <c>GET /api/plans/plans</c> lists it.</summary>
public sealed record PlanView(
    Guid Id, int VersionNumber, string Title, int StartYear, int EndYear, string Status, IReadOnlyList<Guid> PriorityIds,
    DateTimeOffset? PublishedAt);

/// <summary>An action on a priority's work plan (<c>GET /api/plans/actions/{id}</c>); <c>Version</c> is its ETag.</summary>
/// <param name="ReportedStatus">As reported: off track when overdue, otherwise as its owner set it.</param>
public sealed record ActionView(
    Guid Id, Guid? PriorityId, string Description, string OwnerAgency, DateOnly DueOn, string? SuccessMeasure, string Enabler,
    string Status, string ReportedStatus, bool Overdue, string? SourceReviewReference, DateTimeOffset? CompletedAt, uint Version);

/// <summary>An action's status changes, oldest first (<c>GET /api/plans/actions/{id}/history</c>).</summary>
public sealed record ActionHistoryView(Guid ActionId, IReadOnlyList<ActionChangeView> Changes);

public sealed record ActionChangeView(string From, string To, string Note, DateTimeOffset At);

/// <summary>How RAG and record statuses read on a page: GOV.UK tags, one colour per status everywhere.</summary>
public static class StatusTags
{
    public static readonly IReadOnlyList<(string Value, string Text)> ActionStatuses =
    [
        ("not-started", "Not started"), ("on-track", "On track"), ("at-risk", "At risk"), ("off-track", "Off track"), ("complete", "Complete"),
    ];

    public static (string Text, string Colour) For(string? status) => status switch
    {
        "on-track" => ("On track", "govuk-tag--green"),
        "at-risk" => ("At risk", "govuk-tag--yellow"),
        "off-track" => ("Off track", "govuk-tag--red"),
        "complete" => ("Complete", "govuk-tag--blue"),
        "not-started" => ("Not started", "govuk-tag--grey"),
        "adopted" or "published" => (Forms.Names.Status(status), "govuk-tag--green"),
        "retired" or "superseded" => (Forms.Names.Status(status), "govuk-tag--grey"),
        _ => (Forms.Names.Status(status), "govuk-tag--light-blue"),
    };
}
