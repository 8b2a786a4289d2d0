using System.Globalization;
using Platform.Web.Api;
using Platform.Web.Forms;

namespace Platform.Web.Funding;

/// <summary>A fund as <c>GET /api/funding/funds</c> lists it, with its budget lines.</summary>
public sealed record FundView(Guid Id, string Code, string Name, string Purpose, IReadOnlyList<BudgetLineView> Budget);

/// <param name="Period">A financial year (<c>2025/26</c>) or <c>whole-life</c>.</param>
public sealed record BudgetLineView(string Period, decimal Budget, decimal Committed, decimal Paid, decimal Remaining);

/// <summary>A fund's ledger (<c>GET /api/funding/funds/{id}/ledger</c>): per budget line and per priority, committed and paid.</summary>
public sealed record LedgerView(
    Guid FundId, string Fund, IReadOnlyList<BudgetLineView> Periods, BudgetLineView Total, IReadOnlyList<PriorityLedgerLineView> Priorities,
    IReadOnlyList<YearPaymentsView> PaidByFinancialYear);

public sealed record PriorityLedgerLineView(Guid PriorityId, string? Priority, string Period, decimal Committed, decimal Paid, int Grants);

public sealed record YearPaymentsView(string FinancialYear, decimal Paid, int Payments);

/// <summary>A round (<c>GET /api/funding/rounds/{id}</c>): who may apply, for how much, and how applications are scored.</summary>
public sealed record RoundView(
    Guid Id, Guid FundId, string Title, DateOnly OpensOn, DateOnly ClosesOn, IReadOnlyList<string> ApplicantTypes, IReadOnlyList<string> Districts,
    decimal MinimumAward, decimal MaximumAward, IReadOnlyList<Guid> PriorityIds, IReadOnlyList<string> Questions, IReadOnlyList<CriterionView> Criteria)
{
    public bool IsOpenOn(DateOnly today) => OpensOn <= today && today <= ClosesOn;

    public string StateOn(DateOnly today) => today < OpensOn ? "Not open yet" : today > ClosesOn ? "Closed" : "Open";
}

public sealed record CriterionView(string Key, string Title, int Weight);

/// <summary>A line of <c>GET /api/funding/applications</c>.</summary>
public sealed record ApplicationSummaryView(
    Guid Id, Guid RoundId, string ApplicantAgency, string OrganisationName, string ProjectTitle, decimal AmountRequested, Guid PriorityId,
    string Status, DateTimeOffset SubmittedAt);

/// <summary>
/// An application as its reader may see it (<c>GET /api/funding/applications/{id}</c>): the contact only for grants
/// officers and the applicant's organisation, other assessors' scores only for grants officers.
/// </summary>
public sealed record ApplicationView(
    Guid Id, Guid RoundId, Guid FundId, string ApplicantAgency, ApplicationDetailsView Details, ContactView? Contact, string Status,
    DateTimeOffset SubmittedAt, bool PriorityRetired, IReadOnlyList<AssessmentView> Assessments, decimal? AverageScore, DecisionView? Decision,
    Guid? GrantId, uint Version)
{
    public int Scored => Assessments.Count(a => a.ScoredAt is not null && a.ConflictOfInterest is null);

    public bool Undecided => Status == "submitted";
}

public sealed record ApplicationDetailsView(
    string ApplicantType, string OrganisationName, string ProjectTitle, string Summary, decimal AmountRequested, DateOnly PeriodStart,
    DateOnly PeriodEnd, decimal MatchFunding, Guid PriorityId, string EvidenceOfNeed, IReadOnlyList<ObjectiveView> Objectives, string ExpectedImpact,
    string AddedValue, IReadOnlyList<string> Districts);

public sealed record ObjectiveView(string Description, string Measure, decimal? Target);

public sealed record ContactView(string Name, string Email, string? Phone);

public sealed record AssessmentView(
    Guid Id, string AssessorId, string AssessorAgency, IReadOnlyDictionary<string, int> Scores, decimal? WeightedScore, string? Comment,
    DateTimeOffset? ScoredAt, string? ConflictOfInterest);

/// <param name="Outcome"><c>award</c>, <c>part-award</c> or <c>decline</c>.</param>
public sealed record DecisionView(string Outcome, decimal Amount, string? Conditions, string Reason, DateTimeOffset DecidedAt);

/// <summary>A grant (<c>GET /api/funding/grants/{id}</c>'s <c>grant</c>); <c>Version</c> is its ETag.</summary>
public sealed record GrantView(
    Guid Id, Guid? ApplicationId, Guid FundId, Guid? RoundId, decimal Amount, decimal AmountRequested, bool PartAward, string? Conditions,
    string ProjectTitle, string RecipientOrganisation, string RecipientAgency, IReadOnlyList<ObjectiveView> Objectives, DateOnly PeriodStart,
    DateOnly PeriodEnd, DateOnly AwardedOn, string Status, decimal Claimed, decimal Paid, uint Version);

public sealed record GrantDetailView(GrantView Grant, IReadOnlyList<ClaimView> Claims, IReadOnlyList<PaymentView> Payments, IReadOnlyList<ReturnView> Returns);

public sealed record ClaimView(Guid Id, DateOnly PeriodFrom, DateOnly PeriodTo, decimal Amount, string Status, string? QueryReason);

public sealed record PaymentView(Guid Id, Guid ClaimId, decimal Amount, DateOnly PaidOn);

public sealed record ReturnView(Guid Id, string FinancialYear, int Quarter, IReadOnlyList<ProgressView> Progress, decimal SpendToDate, string? Commentary, DateTimeOffset SubmittedAt);

public sealed record ProgressView(int Objective, decimal Value, string? Note);

public sealed record PriorityOptionView(Guid Id, string Title, bool Retired);

/// <summary>How Funding's money, statuses and refusals read on a page.</summary>
public static class FundingText
{
    public static string Money(decimal amount) =>
        "£" + amount.ToString(decimal.Truncate(amount) == amount ? "#,##0" : "#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>"£15,000", "15000" or "15,000.50" as an amount; null when it is not one.</summary>
    public static decimal? ReadMoney(string? text) =>
        decimal.TryParse(
            text?.Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture,
            out var amount) ? amount : null;

    public static (string Text, string Colour) Tag(string? status) => status switch
    {
        "submitted" => ("Submitted", "govuk-tag--blue"),
        "awarded" => ("Awarded", "govuk-tag--green"),
        "part-awarded" => ("Part awarded", "govuk-tag--green"),
        "declined" => ("Declined", "govuk-tag--red"),
        "offered" => ("Offered", "govuk-tag--yellow"),
        "accepted" => ("Accepted", "govuk-tag--green"),
        "approved" => ("Approved", "govuk-tag--turquoise"),
        "queried" => ("Queried", "govuk-tag--orange"),
        "paid" => ("Paid", "govuk-tag--green"),
        "closed" => ("Closed", "govuk-tag--grey"),
        _ => (Names.Status(status), "govuk-tag--grey"),
    };

    public static string Outcome(string outcome) => outcome switch
    {
        "award" => "Awarded in full",
        "part-award" => "Part award",
        "decline" => "Declined",
        _ => Names.Status(outcome),
    };

    public static string ApplicantType(string type) => type switch
    {
        "district-council" => "District council",
        "responsible-authority" => "Responsible authority",
        "voluntary-community-organisation" => "Voluntary or community organisation",
        _ => Names.Status(type),
    };

    /// <summary>
    /// Shows a Funding refusal next to its field: validation problems name the field, and Funding's rules start their
    /// message (the problem's title) with it (<c>"amountRequested: ..."</c>), so both find the page's field by the API's name.
    /// </summary>
    public static void ShowFunding(this FormErrors errors, ApiProblem problem, string fallbackField, params (string ApiField, string FieldId)[] fields)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.Errors.Count == 0 && (problem.Detail ?? problem.Title) is { } detail && detail.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon
            && detail[..colon].All(c => char.IsLetterOrDigit(c) || c is '.' or '[' or ']'))
        {
            var field = fields.FirstOrDefault(f => detail[..colon].StartsWith(f.ApiField, StringComparison.OrdinalIgnoreCase)).FieldId;
            errors.Add(field ?? fallbackField, detail[(colon + 1)..].Trim() is { Length: > 0 } rest ? char.ToUpperInvariant(rest[0]) + rest[1..] : detail);
            return;
        }

        errors.Show(problem, fallbackField, fields);
    }
}
