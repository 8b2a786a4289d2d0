namespace Platform.Web.CommunityTrigger;

/// <summary>An application awaiting its threshold decision, as <c>GET /api/community-trigger/cases/pending-decisions</c> lists it.</summary>
public sealed record PendingDecision(CaseSummary Case, string Deadline)
{
    /// <summary>The deadline as a GOV.UK tag: overdue red, due soon yellow, on track green.</summary>
    public (string Text, string Colour) DeadlineTag => Deadline switch
    {
        "overdue" => ("Overdue", "govuk-tag--red"),
        "due-soon" => ("Due soon", "govuk-tag--yellow"),
        _ => ("On track", "govuk-tag--green"),
    };
}

public sealed record CaseSummary(Guid Id, string District, string Channel, string Status, DateOnly ReceivedOn, DateOnly DecisionDueOn);
