using Platform.ServiceDefaults.Time;
using Platform.ServiceDefaults.Errors;

namespace Funding.Api.Domain;

/// <summary>
/// An organisation's bid to a round: the project, the money asked for, the adopted priority it serves and its SMART
/// objectives, each with a measure (seed 004's lesson: a contribution with no set performance expectations cannot be
/// assessed). It is assessed, moderated, then decided: awarded, part-awarded or declined.
/// </summary>
public sealed class GrantApplication
{
    private GrantApplication()
    {
    }

    public Guid Id { get; private set; }

    public Guid RoundId { get; private set; }

    public Guid FundId { get; private set; }

    /// <summary>The applying organisation's agency slug: its users see the application, its staff may not assess it.</summary>
    public string ApplicantAgency { get; private set; } = "";

    /// <summary>Token subject of whoever entered it (the applicant, or a grants officer on their behalf).</summary>
    public string EnteredBy { get; private set; } = "";

    public ApplicationDetails Details { get; private set; } = null!;

    /// <summary>Personal data: never published, never in events or logs.</summary>
    public Contact Contact { get; private set; } = null!;

    public ApplicationStatus Status { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public Moderation? Moderation { get; private set; }

    public Decision? Decision { get; private set; }

    /// <summary>When the panel decided (as in <see cref="Decision"/>, kept apart so retention can find declines by it).</summary>
    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>When the contact's name, email and phone were removed under the retention schedule; null while held.</summary>
    public DateTimeOffset? ContactRemovedAt { get; private set; }

    public uint Version { get; private set; }

    /// <summary>What a removed contact field reads as.</summary>
    public const string Removed = "(removed under the retention schedule)";

    public static GrantApplication Submit(
        Round round, string applicantAgency, string enteredBy, ApplicationDetails details, Contact contact, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(details);
        CheckObjectives(details.Objectives);
        if (details.PeriodEnd < details.PeriodStart)
        {
            throw Refused("period-ends-before-start", "periodEnd must not be before periodStart.");
        }

        round.CheckEligible(details, UkDate.Of(now));
        return new GrantApplication
        {
            Id = Guid.CreateVersion7(now),
            RoundId = round.Id,
            FundId = round.FundId,
            ApplicantAgency = applicantAgency,
            EnteredBy = enteredBy,
            Details = details,
            Contact = contact,
            Status = ApplicationStatus.Submitted,
            SubmittedAt = now,
        };
    }

    private static void CheckObjectives(IReadOnlyList<Objective> objectives)
    {
        if (objectives.Count == 0)
        {
            throw Refused("objectives-required", "objectives: give at least one SMART objective, each with the measure that shows it was met.");
        }

        for (var i = 0; i < objectives.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(objectives[i].Measure))
            {
                throw Refused(
                    "objective-without-measure",
                    $"objectives[{i}].measure: every objective needs a measure (what will be counted), or its impact cannot be assessed.");
            }
        }
    }

    /// <summary>A grants officer's moderated score, replacing the assessors' average for the panel, with the reason.</summary>
    public void Moderate(decimal score, string reason, string moderator, DateTimeOffset now)
    {
        EnsureUndecided();
        if (score is < 0 or > 100)
        {
            throw Refused("moderated-score-out-of-range", "score: a moderated score is a percentage from 0 to 100.");
        }

        Moderation = new Moderation(score, reason, moderator, now);
    }

    /// <summary>
    /// The panel's decision. An award gives what was asked; a part-award less, with conditions; a decline says why.
    /// Only an assessed application can be decided, and no money goes to a priority Plans has retired.
    /// </summary>
    /// <returns>The amount the decision commits (0 for a decline).</returns>
    public decimal Decide(
        DecisionOutcome outcome, decimal? amount, string? conditions, string reason, Round round, int completedAssessments,
        bool priorityLive, string decidedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(round);
        EnsureUndecided();
        if (completedAssessments == 0 && Moderation is null)
        {
            throw new RuleViolationException("application-not-assessed", "No assessor has scored this application yet; it cannot be decided.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw Refused("reason-required", "reason: say why the panel decided as it did.");
        }

        var committed = outcome switch
        {
            DecisionOutcome.Award => amount is null || amount == Details.AmountRequested
                ? Details.AmountRequested
                : throw Refused("award-amount-differs", $"amount: a full award is the {Money.Show(Details.AmountRequested)} asked for; give less as a part-award."),
            DecisionOutcome.PartAward => PartAwardAmount(amount, conditions),
            _ => 0m,
        };

        if (committed > 0)
        {
            if (!priorityLive)
            {
                throw new RuleViolationException(
                    "priority-retired", "The priority this application serves has been retired in the plan; it can be declined but not funded.");
            }

            round.CheckAwardAmount(committed);
        }

        Status = outcome switch
        {
            DecisionOutcome.Award => ApplicationStatus.Awarded,
            DecisionOutcome.PartAward => ApplicationStatus.PartAwarded,
            _ => ApplicationStatus.Declined,
        };
        Decision = new Decision(outcome, committed, conditions, reason, decidedBy, now);
        DecidedAt = now;
        return committed;
    }

    /// <summary>
    /// Retention: the contact person's name, email and phone go; the organisation, the project and the decision stay
    /// (they are published or part of the fund's accounts). Only a decided application's contact is removed; once is enough.
    /// </summary>
    public void RemoveContact(DateTimeOffset now)
    {
        if (Decision is null)
        {
            throw new InvalidOperationException("The contact is removed only from a decided application.");
        }

        if (ContactRemovedAt is not null)
        {
            return;
        }

        Contact = new Contact(Removed, Removed, null);
        ContactRemovedAt = now;
    }

    private decimal PartAwardAmount(decimal? amount, string? conditions)
    {
        if (amount is not { } value || value <= 0 || value >= Details.AmountRequested)
        {
            throw Refused("part-award-amount-invalid", $"amount: a part-award is more than £0 and less than the {Money.Show(Details.AmountRequested)} asked for.");
        }

        if (!Money.IsWholePence(value))
        {
            throw Refused("amount-not-whole-pence", "amount: give pounds and pence, at most two decimal places.");
        }

        return string.IsNullOrWhiteSpace(conditions)
            ? throw Refused("conditions-required", "conditions: a part-award says what the reduced grant is for and on what conditions.")
            : value;
    }

    private void EnsureUndecided()
    {
        if (Status != ApplicationStatus.Submitted)
        {
            throw new RuleViolationException("application-already-decided", $"This application has already been {Status.ToString().ToLowerInvariant()}.");
        }
    }

    private static RuleViolationException Refused(string rule, string message) => new(rule, message, RuleViolationKind.BusinessRule);
}

public enum ApplicationStatus
{
    Submitted,
    Awarded,
    PartAwarded,
    Declined,
}

public enum DecisionOutcome
{
    Award,
    PartAward,
    Decline,
}

/// <summary>What the application says; organisation identifiers are public, the contact is not.</summary>
public sealed record ApplicationDetails(
    ApplicantType ApplicantType,
    string OrganisationName,
    string? CharityNumber,
    string? CompanyNumber,
    string ProjectTitle,
    string Summary,
    decimal AmountRequested,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    decimal MatchFunding,
    Guid PriorityId,
    string EvidenceOfNeed,
    IReadOnlyList<Objective> Objectives,
    string ExpectedImpact,
    string AddedValue,
    IReadOnlyList<string> Districts,
    IReadOnlyList<string> Answers);

/// <summary>A SMART objective and the measure that shows it was met, e.g. "Support 120 victims" measured by "victims supported", target 120.</summary>
public sealed record Objective(string Description, string Measure, decimal? Target);

public sealed record Contact(string Name, string Email, string? Phone);

public sealed record Moderation(decimal Score, string Reason, string ModeratedBy, DateTimeOffset ModeratedAt);

public sealed record Decision(
    DecisionOutcome Outcome, decimal Amount, string? Conditions, string Reason, string DecidedBy, DateTimeOffset DecidedAt);
