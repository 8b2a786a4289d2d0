using Platform.ServiceDefaults.Domain;
using Platform.ServiceDefaults.Errors;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Time;
using Reviews.Contracts;

namespace Reviews.Api.Domain;

/// <summary>
/// A Domestic Homicide Review (Domestic Abuse Related Death Review) known only by its pseudonymous reference:
/// notified → chair's decision → commissioned (chair, panel, terms of reference) → holds, contributions and
/// recommendations while it runs → report drafted → Home Office QA (feedback, resubmission) → approved → published.
/// Names and family details live in <see cref="RestrictedRecord"/>, never here. A refused move throws before anything changes.
/// Announces <see cref="ReviewNotCommissioned"/> when the chair decides not to commission, <see cref="ReviewCommissioned"/>
/// when the review is commissioned, and <see cref="ReviewRecommendationAgreed"/> when a recommendation is agreed.
/// </summary>
public sealed class ReviewCase : AggregateRoot
{
    private ReviewCase()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Pseudonymous, issued in notification order (e.g. <c>DHR-2026-0001</c>): nothing in it comes from the victim.</summary>
    public string Reference { get; private set; } = "";

    public string District { get; private set; } = "";

    public Notification Notification { get; private set; } = null!;

    public CriteriaEvaluation Criteria { get; private set; } = null!;

    public DateTimeOffset NotifiedAt { get; private set; }

    public DateOnly NotifiedOn { get; private set; }

    public DateOnly DecisionDueOn { get; private set; }

    public ReviewStage Stage { get; private set; }

    public ChairDecision? Decision { get; private set; }

    public Commissioning? Commissioning { get; private set; }

    public IReadOnlyList<Hold> Holds { get; private set; } = [];

    public IReadOnlyList<Extension> Extensions { get; private set; } = [];

    public IReadOnlyList<Contribution> Contributions { get; private set; } = [];

    public IReadOnlyList<ReportStep> Report { get; private set; } = [];

    public IReadOnlyList<Recommendation> Recommendations { get; private set; } = [];

    public DateOnly? PublishedOn { get; private set; }

    public DateOnly? SentToCommissionerOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>Why the review was closed with actions still open; empty when none were.</summary>
    public string? ClosureReason { get; private set; }

    /// <summary>PostgreSQL's row version (xmin): a stale update fails instead of overwriting.</summary>
    public uint Version { get; private set; }

    public static ReviewCase Notify(Notification notification, string reference, DateTimeOffset now, TimescalePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(policy);
        var today = UkDate.Of(now);
        if (notification.DiedOn > today)
        {
            throw new RuleViolationException("died-on-in-future", "The date of death cannot be after today.", RuleViolationKind.BusinessRule);
        }

        return new()
        {
            Id = Guid.CreateVersion7(now),
            Reference = reference,
            District = notification.District,
            Notification = notification,
            Criteria = StatutoryCriteria.Evaluate(notification),
            NotifiedAt = now,
            NotifiedOn = today,
            DecisionDueOn = today.AddMonths(policy.DecisionMonths),
            Stage = ReviewStage.Notified,
        };
    }

    /// <summary>The review's independent chair (as signed in), who with the review managers keeps its restricted record.</summary>
    public bool IsChair(string userId) => Commissioning?.Chair.UserId is { } chair && chair == userId;

    public bool IsOnPanel(string userId) =>
        Commissioning is { } commissioning
        && (commissioning.Chair.UserId == userId || commissioning.Panel.Any(member => member.UserId == userId));

    /// <summary>The day the panel first had a draft report; null before then.</summary>
    public DateOnly? FirstDraftedOn() => Report.FirstOrDefault(step => step.Stage == ReviewStage.Drafted)?.On;

    public bool DecisionOverdue(DateOnly today) => Decision is null && today > DecisionDueOn;

    /// <summary>The six-month target, from the decision to commission; null before a commission decision.</summary>
    public Timescale? Timescale(TimescalePolicy policy, DateOnly today) =>
        Decision is { Commissions: true } decision
            ? Domain.Timescale.Calculate(
                decision.DecidedOn, Holds, Extensions, policy, today,
                Report.FirstOrDefault(step => step.Stage == ReviewStage.SubmittedToQualityAssurance)?.On)
            : null;

    public void Decide(ChairDecision decision, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var today = UkDate.Of(now);
        if (Decision is not null)
        {
            throw new RuleViolationException("decision-already-made", "The chair's decision has already been recorded.");
        }

        if (decision.DecidedOn < NotifiedOn || decision.DecidedOn > today)
        {
            throw new RuleViolationException("decided-on-out-of-range", "The decision date must fall between the notification and today.", RuleViolationKind.BusinessRule);
        }

        if (decision.HomeOfficeToldOn is { } told && (told < decision.DecidedOn || told > today))
        {
            throw new RuleViolationException("home-office-told-out-of-range", "The Home Office cannot be told before the decision or after today.", RuleViolationKind.BusinessRule);
        }

        Decision = decision;
        Stage = decision.Commissions ? Stage : ReviewStage.NotCommissioned;
        if (!decision.Commissions)
        {
            Announce(new ReviewNotCommissioned
            {
                OccurredAt = now,
                ReviewId = Id,
                ReviewReference = Reference,
                District = District,
                NotifiedOn = NotifiedOn,
                DecidedOn = decision.DecidedOn,
                CriteriaMet = Criteria.Met,
            });
        }
    }

    /// <summary>The Home Office is often told after the decision is recorded; it is told once.</summary>
    public void RecordHomeOfficeTold(DateOnly on, DateOnly today)
    {
        var decision = Decision ?? throw new RuleViolationException("no-decision", "There is no decision to tell the Home Office about yet.");
        if (decision.HomeOfficeToldOn is not null)
        {
            throw new RuleViolationException("home-office-already-told", "The date the Home Office was told is already recorded.");
        }

        if (on < decision.DecidedOn || on > today)
        {
            throw new RuleViolationException("home-office-told-out-of-range", "The Home Office cannot be told before the decision or after today.", RuleViolationKind.BusinessRule);
        }

        Decision = decision with { HomeOfficeToldOn = on };
    }

    public void Commission(Commissioning commissioning, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(commissioning);
        if (Decision is not { Commissions: true })
        {
            throw new RuleViolationException("not-decided-to-commission", "A review can be commissioned only after the chair decides to commission it.");
        }

        RequireStage("already-commissioned", "The review has already been commissioned.", ReviewStage.Notified);
        Commissioning = commissioning;
        Stage = ReviewStage.Commissioned;
        Announce(new ReviewCommissioned
        {
            OccurredAt = now,
            ReviewId = Id,
            ReviewReference = Reference,
            District = District,
            DecidedOn = Decision.DecidedOn,
            ChairAppointedOn = commissioning.Chair.AppointedOn,
            JointWithSafeguardingAdultsReview = Decision.Outcome == DecisionOutcome.JointWithSafeguardingAdultsReview,
        });
    }

    public void PlaceHold(ParallelProcess process, string reason, DateOnly from, DateTimeOffset now)
    {
        RequireRunning();
        if (Holds.Any(h => h.Process == process && h.IsOpen))
        {
            throw new RuleViolationException("hold-already-open", "The review is already on hold for this process.");
        }

        if (Decision is { } decision && from < decision.DecidedOn)
        {
            throw new RuleViolationException("hold-before-decision", "A hold cannot start before the decision to commission.", RuleViolationKind.BusinessRule);
        }

        Holds = [.. Holds, new Hold(Guid.CreateVersion7(now), process, reason, from, null)];
    }

    public void EndHold(Guid holdId, DateOnly until)
    {
        var hold = Holds.SingleOrDefault(h => h.Id == holdId)
            ?? throw new RuleViolationException("hold-not-found", "The review has no such hold.", RuleViolationKind.NotFound);
        if (!hold.IsOpen)
        {
            throw new RuleViolationException("hold-already-ended", "This hold has already ended.");
        }

        if (until < hold.From)
        {
            throw new RuleViolationException("hold-ends-before-start", "A hold cannot end before it started.", RuleViolationKind.BusinessRule);
        }

        Holds = [.. Holds.Select(h => h.Id == holdId ? h with { Until = until } : h)];
    }

    public void Extend(Extension extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        RequireRunning();
        Extensions = [.. Extensions, extension];
    }

    public Contribution RequestContribution(string agency, ContributionKind kind, DateOnly dueOn, DateTimeOffset now)
    {
        RequireRunning();
        var requestedOn = UkDate.Of(now);
        if (dueOn < requestedOn)
        {
            throw new RuleViolationException("due-before-request", "A contribution cannot be due before it is requested.", RuleViolationKind.BusinessRule);
        }

        var contribution = new Contribution(Guid.CreateVersion7(now), agency, kind, requestedOn, dueOn, null);
        Contributions = [.. Contributions, contribution];
        return contribution;
    }

    public void ReceiveContribution(Guid contributionId, DateOnly receivedOn)
    {
        var contribution = Contributions.SingleOrDefault(c => c.Id == contributionId)
            ?? throw new RuleViolationException("contribution-not-found", "The review has no such contribution.", RuleViolationKind.NotFound);
        var received = contribution.Received(receivedOn);
        Contributions = [.. Contributions.Select(c => c.Id == contributionId ? received : c)];
    }

    public Recommendation AddRecommendation(
        RecommendationKind kind, RecommendationCategory category, string text, string ownerAgency, DateOnly dueOn, DateTimeOffset now)
    {
        RequireStage(
            "review-not-running", "Recommendations are made between commissioning and publication.",
            ReviewStage.Commissioned, ReviewStage.Drafted, ReviewStage.SubmittedToQualityAssurance, ReviewStage.FeedbackReceived,
            ReviewStage.Resubmitted, ReviewStage.Approved);
        var recommendation = new Recommendation(Guid.CreateVersion7(now), kind, category, text, ownerAgency, dueOn, null);
        Recommendations = [.. Recommendations, recommendation];
        return recommendation;
    }

    public Recommendation AgreeRecommendation(Guid recommendationId, DateTimeOffset now)
    {
        var agreed = FindRecommendation(recommendationId).Agreed(UkDate.Of(now));
        Recommendations = [.. Recommendations.Select(r => r.Id == recommendationId ? agreed : r)];
        Announce(new ReviewRecommendationAgreed
        {
            OccurredAt = now,
            RecommendationId = agreed.Id,
            ReviewReference = Reference,
            Kind = EnumNames.NameOf(agreed.Kind),
            Category = EnumNames.NameOf(agreed.Category),
            Text = agreed.Text,
            OwnerAgency = agreed.OwnerAgency,
            DueOn = agreed.DueOn,
            AgreedOn = agreed.AgreedOn!.Value,
        });
        return agreed;
    }

    public void CompleteRecommendation(Guid recommendationId, DateOnly on)
    {
        if (Stage == ReviewStage.Closed)
        {
            throw new RuleViolationException("review-closed", "The review is closed.");
        }

        var completed = FindRecommendation(recommendationId).Completed(on);
        Recommendations = [.. Recommendations.Select(r => r.Id == recommendationId ? completed : r)];
    }

    /// <summary>A published review closes when its actions are done, or earlier with a reason the partnership can be held to.</summary>
    public void Close(string? reason, DateOnly today)
    {
        RequireStage("not-published", "Only a published review can be closed.", ReviewStage.Published);
        var open = Recommendations.Count(r => r.IsOpen);
        if (open > 0 && string.IsNullOrWhiteSpace(reason))
        {
            throw new RuleViolationException(
                "open-actions-need-reason", $"{open} agreed action(s) are still open: give the reason for closing now.", RuleViolationKind.BusinessRule);
        }

        Stage = ReviewStage.Closed;
        ClosedOn = today;
        ClosureReason = open > 0 ? reason : null;
    }

    public void DraftReport(DateOnly on) => Step(ReviewStage.Drafted, on, null, ReviewStage.Commissioned);

    public void SubmitToQualityAssurance(DateOnly on) =>
        Step(ReviewStage.SubmittedToQualityAssurance, on, null, ReviewStage.Drafted);

    public void RecordFeedback(string feedback, DateOnly on)
    {
        if (string.IsNullOrWhiteSpace(feedback))
        {
            throw new RuleViolationException("feedback-missing", "Record what the Quality Assurance Panel said.", RuleViolationKind.BusinessRule);
        }

        Step(ReviewStage.FeedbackReceived, on, feedback, ReviewStage.SubmittedToQualityAssurance, ReviewStage.Resubmitted);
    }

    public void Resubmit(DateOnly on) => Step(ReviewStage.Resubmitted, on, null, ReviewStage.FeedbackReceived);

    public void Approve(DateOnly on) =>
        Step(ReviewStage.Approved, on, null, ReviewStage.SubmittedToQualityAssurance, ReviewStage.Resubmitted);

    public void Publish(DateOnly publishedOn, DateOnly? sentToCommissionerOn)
    {
        if (Stage != ReviewStage.Approved)
        {
            throw new RuleViolationException(
                "not-approved", "The report can be published only after the Home Office Quality Assurance Panel approves it.");
        }

        Step(ReviewStage.Published, publishedOn, null, ReviewStage.Approved);
        PublishedOn = publishedOn;
        SentToCommissionerOn = sentToCommissionerOn;
    }

    private Recommendation FindRecommendation(Guid recommendationId) =>
        Recommendations.SingleOrDefault(r => r.Id == recommendationId)
        ?? throw new RuleViolationException("recommendation-not-found", "The review has no such recommendation.", RuleViolationKind.NotFound);

    private void Step(ReviewStage to, DateOnly on, string? note, params ReviewStage[] from)
    {
        RequireStage("invalid-report-step", $"The report cannot move to {EnumNames.NameOf(to)} from {EnumNames.NameOf(Stage)}.", from);
        if (Report.Count > 0 && on < Report[^1].On)
        {
            throw new RuleViolationException("report-step-out-of-order", "A report step cannot be dated before the previous one.", RuleViolationKind.BusinessRule);
        }

        Report = [.. Report, new ReportStep(to, on, note)];
        Stage = to;
    }

    private void RequireRunning() =>
        RequireStage(
            "review-not-running", "Only a commissioned review that has not yet gone to the Home Office can be changed this way.",
            ReviewStage.Commissioned, ReviewStage.Drafted);

    private void RequireStage(string rule, string message, params ReviewStage[] allowed)
    {
        if (!allowed.Contains(Stage))
        {
            throw new RuleViolationException(rule, message);
        }
    }
}
