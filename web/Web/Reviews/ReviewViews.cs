namespace Platform.Web.Reviews;

/// <summary>A Domestic Homicide Review as <c>GET /api/reviews</c> lists it: pseudonymous, with its stage and timescale.</summary>
public sealed record ReviewListItemView(
    Guid Id, string Reference, string District, string Stage, DateOnly DecisionDueOn, bool DecisionOverdue, TimescaleView? Timescale,
    string AlsoKnownAs);

/// <summary>
/// The six-month timescale from commissioning, moved on by days on hold and agreed extensions (the API works it out).
/// </summary>
public sealed record TimescaleView(DateOnly StartedOn, int HeldDays, int ExtensionDays, DateOnly DueOn, bool OnHold, string Status)
{
    public (string Text, string Colour) Tag => Status switch
    {
        "overdue" => ("Overdue", "govuk-tag--red"),
        "at-risk" => ("At risk", "govuk-tag--yellow"),
        _ => ("On track", "govuk-tag--green"),
    };
}

/// <summary>One review (<c>GET /api/reviews/{id}</c>): what a review manager follows step by step. No names: those are in the restricted record.</summary>
public sealed record ReviewView(
    Guid Id, string Reference, string District, string Stage, DateOnly NotifiedOn, DateOnly DecisionDueOn, bool DecisionOverdue,
    DecisionView? Decision, TimescaleView? Timescale, IReadOnlyList<HoldView> Holds, IReadOnlyList<ExtensionView> Extensions,
    IReadOnlyList<ContributionView> Contributions, IReadOnlyList<ReportStepView> Report, IReadOnlyList<ReviewRecommendationView> Recommendations,
    DateOnly? PublishedOn, DateOnly? ClosedOn, string AlsoKnownAs);

public sealed record DecisionView(string Outcome, string Reasons, DateOnly DecidedOn, DateOnly? HomeOfficeToldOn);

public sealed record HoldView(string Process, string Reason, DateOnly From, DateOnly? Until);

public sealed record ExtensionView(int Days, string Reason, DateOnly AgreedOn);

public sealed record ContributionView(string Agency, string Kind, DateOnly RequestedOn, DateOnly DueOn, DateOnly? ReceivedOn);

public sealed record ReportStepView(string Stage, DateOnly On, string? Note);

public sealed record ReviewRecommendationView(string Text, string OwnerAgency, DateOnly DueOn);
