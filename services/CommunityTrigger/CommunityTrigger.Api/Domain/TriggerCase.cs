using CommunityTrigger.Contracts;
using Platform.Contracts;
using Platform.ServiceDefaults.Domain;
using Platform.ServiceDefaults.Errors;
using Platform.ServiceDefaults.Time;

namespace CommunityTrigger.Api.Domain;

/// <summary>
/// An ASB Case Review (Community Trigger) application and the case it becomes: received → threshold decided →
/// (when met) review meeting → recommendations → outcome sent → appeal → closed. Moves are checked by
/// <see cref="CaseLifecycle"/>; deadlines are fixed when they start so later policy changes do not move them.
/// Receiving announces <see cref="CommunityTriggerApplicationReceived"/>; sending the outcome after a review meeting
/// announces <see cref="CaseReviewCompleted"/>.
/// </summary>
public sealed class TriggerCase : AggregateRoot
{
    private readonly List<Recommendation> recommendations = [];

    private TriggerCase()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; private set; } = "";

    public ApplicationChannel Channel { get; private set; }

    public Applicant Applicant { get; private set; } = null!;

    public string ProblemSummary { get; private set; } = "";

    public IReadOnlyList<Incident> Incidents { get; private set; } = [];

    public IReadOnlyList<AffectedPerson> PeopleAffected { get; private set; } = [];

    public int ApplicantCount { get; private set; }

    /// <summary>SHA-256 of the applicant's status reference (<see cref="StatusToken"/>); the reference itself is never stored.</summary>
    public string StatusTokenHash { get; private set; } = "";

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The receipt date in England: picks the threshold rules and starts the decision deadline.</summary>
    public DateOnly ReceivedOn { get; private set; }

    public DateOnly DecisionDueOn { get; private set; }

    public CaseStatus Status { get; private set; }

    public ThresholdDecision? ThresholdDecision { get; private set; }

    public DateTimeOffset? ThresholdDecidedAt { get; private set; }

    /// <summary>Copied from <see cref="ThresholdDecision"/> so the yearly figures can be counted by the database.</summary>
    public bool? ThresholdMet { get; private set; }

    public DateOnly? ThresholdDecidedOn { get; private set; }

    public ReviewMeeting? ReviewMeeting { get; private set; }

    public DateOnly? ReviewHeldOn { get; private set; }

    public IReadOnlyList<Recommendation> Recommendations => recommendations;

    public string? OutcomeLetter { get; private set; }

    public DateTimeOffset? OutcomeSentAt { get; private set; }

    /// <summary>The last day an appeal is accepted, fixed when the outcome is sent.</summary>
    public DateOnly? AppealDueOn { get; private set; }

    public Appeal? Appeal { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>When retention removed the applicant's name and contact details; null while they are held.</summary>
    public DateTimeOffset? ContactDetailsRemovedAt { get; private set; }

    /// <summary>PostgreSQL's row version (xmin): a stale update fails instead of overwriting.</summary>
    public uint Version { get; private set; }

    public static TriggerCase Receive(
        NewApplication application, string statusTokenHash, DateTimeOffset now, DeadlinePolicy deadlines, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(deadlines);
        ArgumentNullException.ThrowIfNull(calendar);
        var receivedOn = UkDate.Of(now);
        if (application.Problems(receivedOn) is { Count: > 0 } problems)
        {
            throw new RuleViolationException(
                "application-invalid", $"The application cannot be received: {string.Join(", ", problems.Keys)}.", RuleViolationKind.BusinessRule);
        }

        var received = new TriggerCase
        {
            Id = Guid.CreateVersion7(now),
            District = application.District,
            Channel = application.Channel,
            Applicant = application.Applicant,
            ProblemSummary = application.ProblemSummary,
            Incidents = application.Incidents,
            PeopleAffected = application.PeopleAffected,
            ApplicantCount = application.ApplicantCount,
            StatusTokenHash = statusTokenHash,
            ReceivedAt = now,
            ReceivedOn = receivedOn,
            DecisionDueOn = calendar.AddWorkingDays(receivedOn, deadlines.DecisionWorkingDays),
            Status = CaseStatus.Received,
        };
        received.Announce(new CommunityTriggerApplicationReceived
        {
            OccurredAt = now,
            CaseId = received.Id,
            District = received.District,
            Channel = received.Channel.ToKebab(),
            ReceivedOn = received.ReceivedOn,
            IncidentCount = received.Incidents.Count,
            HateIncidentCount = received.Incidents.Count(i => i.HateMotivated),
        });
        return received;
    }

    /// <summary>How the pending threshold decision stands against its deadline; null once decided.</summary>
    public DeadlineStatus? DecisionDeadlineStatus(DateOnly today, DeadlinePolicy deadlines, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        return Status == CaseStatus.Received ? deadlines.Classify(DecisionDueOn, today, calendar) : null;
    }

    /// <summary>Applies the rules in force on the receipt date, whenever the decision is taken.</summary>
    public ThresholdDecision DecideThreshold(ThresholdRuleBook rules, DateTimeOffset now)
    {
        var decision = ThresholdEngine.Evaluate(rules, new ThresholdEvidence(ReceivedOn, Incidents, ApplicantCount));
        MoveTo(decision.Met ? CaseStatus.ThresholdMet : CaseStatus.ThresholdNotMet);
        ThresholdDecision = decision;
        ThresholdDecidedAt = now;
        ThresholdMet = decision.Met;
        ThresholdDecidedOn = UkDate.Of(now);
        return decision;
    }

    public void RecordReviewMeeting(ReviewMeeting meeting, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        CaseLifecycle.EnsureCanMove(Status, CaseStatus.ReviewMeetingHeld);
        if (meeting.HeldOn > UkDate.Of(now) || meeting.HeldOn < ReceivedOn)
        {
            throw new RuleViolationException(
                "review-meeting-date", "The review meeting must be dated between the application's receipt and today.", RuleViolationKind.BusinessRule);
        }

        if (meeting.AttendingAgencies.Count == 0 || !meeting.AttendingAgencies.All(Agencies.IsWellFormed))
        {
            throw new RuleViolationException(
                "review-meeting-attendance", "Name the relevant bodies that attended the review meeting by their agency slugs.", RuleViolationKind.BusinessRule);
        }

        MoveTo(CaseStatus.ReviewMeetingHeld);
        ReviewMeeting = meeting;
        ReviewHeldOn = meeting.HeldOn;
    }

    public Recommendation AddRecommendation(string text, string ownerAgency, DateOnly dueOn, DateTimeOffset now)
    {
        if (Status != CaseStatus.RecommendationsMade)
        {
            MoveTo(CaseStatus.RecommendationsMade);
        }

        if (dueOn < UkDate.Of(now))
        {
            throw new RuleViolationException("recommendation-due-in-past", "A recommendation cannot be due before today.", RuleViolationKind.BusinessRule);
        }

        var recommendation = Recommendation.Make(Id, text, ownerAgency, dueOn, now);
        recommendations.Add(recommendation);
        return recommendation;
    }

    public Recommendation CompleteRecommendation(Guid recommendationId, string? note, DateTimeOffset now)
    {
        var recommendation = recommendations.Find(r => r.Id == recommendationId)
            ?? throw new RuleViolationException(
                "recommendation-not-found", $"Case {Id} has no recommendation {recommendationId}.", RuleViolationKind.NotFound);
        recommendation.Complete(note, now);
        return recommendation;
    }

    /// <summary>The letter to the applicant: the review's outcome, or why the threshold was not met and where to turn instead.</summary>
    public void SendOutcome(string letter, DateTimeOffset now, DeadlinePolicy deadlines)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        MoveTo(CaseStatus.OutcomeSent);
        OutcomeLetter = letter;
        OutcomeSentAt = now;
        AppealDueOn = UkDate.Of(now).AddDays(deadlines.AppealWindowDays);
        if (ReviewHeldOn is { } heldOn)
        {
            Announce(new CaseReviewCompleted
            {
                OccurredAt = now,
                CaseId = Id,
                District = District,
                ReviewHeldOn = heldOn,
                RecommendationCount = Recommendations.Count,
                RecommendationOwners = [.. Recommendations.Select(r => r.OwnerAgency).Distinct().Order(StringComparer.Ordinal)],
            });
        }
    }

    public void RequestAppeal(string grounds, DateTimeOffset now)
    {
        CaseLifecycle.EnsureCanMove(Status, CaseStatus.AppealRequested);
        if (UkDate.Of(now) > AppealDueOn)
        {
            throw new RuleViolationException(
                "appeal-window-closed", $"Appeals had to be made by {AppealDueOn:yyyy-MM-dd}.", RuleViolationKind.BusinessRule);
        }

        MoveTo(CaseStatus.AppealRequested);
        Appeal = new Appeal(now, grounds);
    }

    public void DecideAppeal(AppealDecision decision, string reviewer, string reasons, DateTimeOffset now)
    {
        MoveTo(CaseStatus.AppealDecided);
        Appeal = Appeal! with { Decision = decision, Reviewer = reviewer, Reasons = reasons, DecidedAt = now };
    }

    /// <summary>Closes the case once nothing more can happen: the appeal is decided, or its window has passed unused.</summary>
    public void Close(DateTimeOffset now)
    {
        CaseLifecycle.EnsureCanMove(Status, CaseStatus.Closed);
        if (Status == CaseStatus.OutcomeSent && UkDate.Of(now) <= AppealDueOn)
        {
            throw new RuleViolationException(
                "appeal-window-open", $"The applicant may appeal until {AppealDueOn:yyyy-MM-dd}; close the case after that.");
        }

        MoveTo(CaseStatus.Closed);
        ClosedAt = now;
    }

    private void MoveTo(CaseStatus next)
    {
        CaseLifecycle.EnsureCanMove(Status, next);
        Status = next;
    }

    /// <summary>What stands where a name was once retention removed it.</summary>
    public const string Removed = "(removed under the retention schedule)";

    /// <summary>
    /// Retention, once the case is closed: the applicant's name and contact details and the names of the people affected
    /// go; the case, its decision and what the yearly figures count stay.
    /// </summary>
    public void RemoveApplicantContactDetails(DateTimeOffset now)
    {
        if (Status != CaseStatus.Closed)
        {
            throw new InvalidOperationException("Contact details are removed only from closed cases.");
        }

        if (ContactDetailsRemovedAt is not null)
        {
            return;
        }

        Applicant = Applicant with { Name = Removed, Email = null, Phone = null, Address = null, OnBehalfOf = Applicant.OnBehalfOf is null ? null : Removed };
        PeopleAffected = [.. PeopleAffected.Select(person => person with { Name = Removed })];
        ContactDetailsRemovedAt = now;
    }
}
