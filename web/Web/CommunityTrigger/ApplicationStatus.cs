namespace Platform.Web.CommunityTrigger;

/// <summary>What the API tells an applicant about their application (<c>POST /api/community-trigger/status</c>).</summary>
public sealed record ApplicationStatus(
    string Status,
    DateOnly ReceivedOn,
    DateOnly DecisionDueOn,
    bool? ThresholdMet,
    IReadOnlyList<ComplaintAssessment>? Complaints,
    DateTimeOffset? OutcomeSentAt,
    string? OutcomeLetter,
    DateOnly? AppealDueOn,
    string? AppealDecision)
{
    public bool CanAppeal(DateOnly today) => Status == "outcome-sent" && AppealDueOn is { } due && today <= due;

    /// <summary>The tag the status is shown with, in words a resident understands.</summary>
    public (string Text, string Colour) Tag => Status switch
    {
        "received" => ("Received", "govuk-tag--blue"),
        "threshold-met" => ("Case review to be held", "govuk-tag--turquoise"),
        "threshold-not-met" => ("Threshold not met", "govuk-tag--orange"),
        "review-meeting-held" or "recommendations-made" => ("Case review held", "govuk-tag--turquoise"),
        "outcome-sent" => ("Outcome sent", "govuk-tag--green"),
        "appeal-requested" => ("Appeal received", "govuk-tag--purple"),
        "appeal-decided" => ("Appeal decided", "govuk-tag--green"),
        "closed" => ("Closed", "govuk-tag--grey"),
        _ => (Forms.Names.Status(Status), "govuk-tag--grey"),
    };
}

/// <summary>Why one complaint did or did not count towards the threshold.</summary>
public sealed record ComplaintAssessment(
    int Incident, int? Report, string? Agency, DateOnly? ReportedOn, bool Qualifies, string? Reason, string? Explanation);
