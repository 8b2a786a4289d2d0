using Platform.ServiceDefaults.Domain;
using Platform.ServiceDefaults.Errors;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Time;
using Prevent.Contracts;

namespace Prevent.Api.Domain;

/// <summary>
/// A Prevent referral and, when police triage sends it on, its Channel case: panel decision, consent, support plan,
/// exit and follow-up reviews. Every refused move throws before anything changes. Announces
/// <see cref="PreventReferralReceived"/> when received and <see cref="ChannelCaseAdopted"/> when a panel adopts it.
/// </summary>
public sealed class Referral : AggregateRoot
{
    public static readonly IReadOnlyList<int> FollowUpMonths = [6, 12];

    private Referral()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The agency whose system or staff submitted it: the only one (besides the owning council) that may see its status.</summary>
    public string SubmittedByAgency { get; private set; } = "";

    /// <summary>The submitter's idempotency key (HTTP) or referral reference (AMQP); unique per submitting agency.</summary>
    public string IntakeKey { get; private set; } = "";

    /// <summary>SHA-256 of the request as first received: a retry with a different body under the same key is refused.</summary>
    public string RequestHash { get; private set; } = "";

    public string ReferrerAgency { get; private set; } = "";

    public Sector Sector { get; private set; }

    public PersonDetails Person { get; private set; } = null!;

    public string AgeBand { get; private set; } = "";

    /// <summary><see cref="PersonMatch"/> key; null when the date of birth is unknown.</summary>
    public string? PersonMatchKey { get; private set; }

    /// <summary>The <see cref="PersonMatch.KeyId"/> of the key that made <see cref="PersonMatchKey"/>.</summary>
    public string? PersonMatchKeyId { get; private set; }

    /// <summary>When retention removed the person's details (name, date of birth, concerns); null while they are held.</summary>
    public DateTimeOffset? MinimisedAt { get; private set; }

    /// <summary>Retention: when the free text of its decisions was removed (null while held).</summary>
    public DateTimeOffset? DecisionTextRemovedAt { get; private set; }

    public string District { get; private set; } = "";

    public string Concerns { get; private set; } = "";

    public IdeologyCategory Ideology { get; private set; }

    public IReadOnlyList<RiskIndicator> RiskFlags { get; private set; } = [];

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    /// <summary>The latest earlier referral of the same person, when there is one: the case is flagged as a repeat.</summary>
    public Guid? PreviousReferralId { get; private set; }

    public bool IsRepeat => PreviousReferralId is not null;

    public ReferralStatus Status { get; private set; }

    public TriageDecision? Triage { get; private set; }

    public DateTimeOffset? TriagedAt { get; private set; }

    public PanelDecision? PanelDecision { get; private set; }

    /// <summary>The meeting that decided the case (also inside <see cref="PanelDecision"/>), as a column so a meeting lists its cases.</summary>
    public Guid? PanelMeetingId { get; private set; }

    /// <summary>Set when triage ends the referral (no further action or signposted): the referrer is told.</summary>
    public ReferrerNotice? ReferrerNotice { get; private set; }

    public DateOnly? PanelHeldOn { get; private set; }

    public Consent? Consent { get; private set; }

    public IReadOnlyList<Intervention> Interventions { get; private set; } = [];

    public IReadOnlyList<PanelReview> PanelReviews { get; private set; } = [];

    public DateOnly? ExitedOn { get; private set; }

    public IReadOnlyList<FollowUpReview> FollowUps { get; private set; } = [];

    /// <summary>PostgreSQL's row version (xmin): a stale update fails instead of overwriting.</summary>
    public uint Version { get; private set; }

    /// <summary>From receipt to the triage decision; null until triaged.</summary>
    public TimeSpan? TimeToTriage => TriagedAt - ReceivedAt;

    public bool IsUnder18 => AgeBands.IsUnder18(AgeBand);

    public static Referral Receive(NewReferral referral, Submission submission, PersonMatch personMatch, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(personMatch);
        var receivedOn = UkDate.Of(now);
        if (referral.Problems(receivedOn) is { Count: > 0 } problems)
        {
            throw new RuleViolationException(
                "referral-invalid", $"The referral cannot be received: {string.Join(", ", problems.Keys)}.", RuleViolationKind.BusinessRule);
        }

        var received = new Referral
        {
            Id = Guid.CreateVersion7(now),
            SubmittedByAgency = submission.Agency,
            IntakeKey = submission.Key,
            RequestHash = submission.RequestHash,
            ReferrerAgency = referral.ReferrerAgency,
            Sector = referral.Sector,
            Person = referral.Person,
            AgeBand = referral.AgeBandOn(receivedOn),
            PersonMatchKey = personMatch.KeyOf(referral.Person.Name, referral.Person.DateOfBirth),
            PersonMatchKeyId = referral.Person.DateOfBirth is null ? null : personMatch.KeyId,
            District = referral.District,
            Concerns = referral.Concerns,
            Ideology = referral.Ideology,
            RiskFlags = referral.RiskFlags,
            ReceivedAt = now,
            ReceivedOn = receivedOn,
            Status = ReferralStatus.Received,
        };
        received.Announce(new PreventReferralReceived
        {
            OccurredAt = now,
            ReferralId = received.Id,
            Sector = EnumNames.NameOf(received.Sector),
            AgeBand = received.AgeBand,
            District = received.District,
        });
        return received;
    }

    /// <summary>Re-hashes the person with the current key (after a rotation); a minimised referral has nothing to hash.</summary>
    public void RehashPerson(PersonMatch personMatch)
    {
        ArgumentNullException.ThrowIfNull(personMatch);
        PersonMatchKey = MinimisedAt is null ? personMatch.KeyOf(Person.Name, Person.DateOfBirth) : null;
        PersonMatchKeyId = PersonMatchKey is null ? null : personMatch.KeyId;
    }

    /// <summary>
    /// Retention: removes what identifies the person (name, date of birth, the concerns in the referrer's words, and the
    /// free text of the decisions about them) and the match key, keeping what the statistics count (sector, district,
    /// age band, ideology, the outcome).
    /// </summary>
    public void Minimise(DateTimeOffset now)
    {
        if (MinimisedAt is not null)
        {
            return;
        }

        RemoveDecisionText(now);
        Person = new PersonDetails(Removed, null, Person.AgeBand);
        Concerns = Removed;
        PersonMatchKey = null;
        PersonMatchKeyId = null;
        MinimisedAt = now;
    }

    /// <summary>
    /// Retention: removes the free text of the decisions about the person (the police's triage reasoning, the panel's
    /// vulnerability assessment and reasons, the notes of its reviews and of the follow-ups after exit), which describe
    /// them in others' words; the outcomes, dates and interventions stay.
    /// </summary>
    public void RemoveDecisionText(DateTimeOffset now)
    {
        if (DecisionTextRemovedAt is not null)
        {
            return;
        }

        Triage = Triage is null ? null : Triage with { Reason = Removed };
        PanelDecision = PanelDecision is null ? null : PanelDecision with { VulnerabilityAssessment = Removed, Reason = Removed };
        PanelReviews = [.. PanelReviews.Select(review => review with { Note = Removed })];
        FollowUps = [.. FollowUps.Select(followUp => followUp.Note is null ? followUp : followUp with { Note = Removed })];
        DecisionTextRemovedAt = now;
    }

    /// <summary>What stands in a minimised referral where the person's details were.</summary>
    public const string Removed = "(removed under the retention schedule)";

    /// <summary>Links this referral to the person's latest earlier one; null when there is none (yet, or any longer).</summary>
    public void LinkToPrevious(Referral? previous)
    {
        if (previous is not null && (previous.Id == Id || previous.PersonMatchKey is null || previous.PersonMatchKey != PersonMatchKey))
        {
            throw new ArgumentException("Only an earlier referral of the same person can be linked.", nameof(previous));
        }

        PreviousReferralId = previous?.Id;
    }

    public void RecordTriage(TriageOutcome outcome, string reason, string? signpostedTo, string decidedBy, DateTimeOffset now)
    {
        if (Status != ReferralStatus.Received)
        {
            throw new RuleViolationException("referral-already-triaged", "This referral has already been triaged.");
        }

        if (outcome == TriageOutcome.Signposted && string.IsNullOrWhiteSpace(signpostedTo))
        {
            throw new RuleViolationException(
                "signposting-service-required", "Name the service the person is signposted to.", RuleViolationKind.BusinessRule);
        }

        Triage = new TriageDecision(outcome, reason, outcome == TriageOutcome.Signposted ? signpostedTo : null, decidedBy, now);
        TriagedAt = now;
        ReferrerNotice = outcome switch
        {
            TriageOutcome.NoFurtherAction => new ReferrerNotice(
                ReferrerAgency, outcome, null, "Prevent triage found the referral not appropriate for Channel: no further Prevent action.", now),
            TriageOutcome.Signposted => new ReferrerNotice(
                ReferrerAgency, outcome, signpostedTo, $"Prevent triage found the referral not appropriate for Channel and signposted the person to {signpostedTo}.", now),
            _ => null,
        };
        Status = outcome switch
        {
            TriageOutcome.NoFurtherAction => ReferralStatus.NoFurtherAction,
            TriageOutcome.Signposted => ReferralStatus.Signposted,
            _ => ReferralStatus.AwaitingPanel,
        };
    }

    /// <summary>The panel decides at a meeting that has been held: adopt or not, with its vulnerability assessment.</summary>
    public void RecordPanelDecision(PanelMeeting meeting, string vulnerabilityAssessment, bool adopt, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var today = UkDate.Of(now);
        if (Status != ReferralStatus.AwaitingPanel)
        {
            throw new RuleViolationException(
                "not-awaiting-panel", $"Only a case triaged to Channel and not yet decided can be adopted; this one is {EnumNames.NameOf(Status)}.");
        }

        meeting.EnsureHeld(today);
        if (TriagedAt is { } triagedAt && meeting.HeldOn < UkDate.Of(triagedAt))
        {
            throw new RuleViolationException(
                "panel-before-referral-to-channel",
                $"The panel of {meeting.HeldOn:yyyy-MM-dd} met before the case was referred to Channel on {UkDate.Of(triagedAt):yyyy-MM-dd}; record the decision of a panel held on or after that day.",
                RuleViolationKind.BusinessRule);
        }

        PanelDecision = new PanelDecision(meeting.Id, meeting.HeldOn, vulnerabilityAssessment, adopt, reason);
        PanelMeetingId = meeting.Id;
        PanelHeldOn = meeting.HeldOn;
        Status = adopt ? ReferralStatus.Adopted : ReferralStatus.NotAdopted;
        if (adopt)
        {
            Announce(new ChannelCaseAdopted { OccurredAt = now, ReferralId = Id, District = District, AgeBand = AgeBand, PanelHeldOn = meeting.HeldOn });
        }
    }

    /// <summary>Channel is voluntary: the person consents, or a parent or guardian when the person is under 18.</summary>
    public void RecordConsent(ConsentGiver givenBy, DateOnly givenOn)
    {
        if (Status != ReferralStatus.Adopted || Consent is not null)
        {
            throw new RuleViolationException(
                "consent-not-expected", "Consent is recorded once, for a case the panel has adopted and before support starts.");
        }

        if (IsUnder18 && givenBy != ConsentGiver.ParentOrGuardian)
        {
            throw new RuleViolationException(
                "guardian-consent-required", "The person is under 18: a parent or guardian must consent.", RuleViolationKind.BusinessRule);
        }

        Consent = new Consent(givenBy, givenOn);
    }

    public Intervention AddIntervention(string type, string provider, DateOnly startsOn, DateOnly? endsOn)
    {
        if (Status is not (ReferralStatus.Adopted or ReferralStatus.InSupport))
        {
            throw new RuleViolationException("case-not-adopted", "Support is only planned for a case the panel has adopted.");
        }

        if (Consent is not { IsInForce: true })
        {
            throw new RuleViolationException("consent-required", "No support starts before consent is recorded.");
        }

        if (endsOn < startsOn)
        {
            throw new RuleViolationException("intervention-ends-before-start", "An intervention cannot end before it starts.", RuleViolationKind.BusinessRule);
        }

        var intervention = new Intervention(Guid.CreateVersion7(), type, provider, startsOn, endsOn, InterventionStatus.Planned);
        Interventions = [.. Interventions, intervention];
        Status = ReferralStatus.InSupport;
        return intervention;
    }

    public void UpdateIntervention(Guid interventionId, InterventionStatus status)
    {
        if (Status != ReferralStatus.InSupport)
        {
            throw new RuleViolationException("support-not-active", "Interventions change only while support is active.");
        }

        var intervention = Interventions.SingleOrDefault(i => i.Id == interventionId)
            ?? throw new RuleViolationException("intervention-not-found", "The case has no such intervention.", RuleViolationKind.NotFound);
        Interventions = [.. Interventions.Select(i => i.Id == interventionId ? intervention with { Status = status } : i)];
    }

    /// <summary>The support plan is reviewed at each panel while the case is in support.</summary>
    public void RecordPanelReview(PanelMeeting meeting, string note, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (Status != ReferralStatus.InSupport)
        {
            throw new RuleViolationException("support-not-active", "Panels review the support plan of cases in support only.");
        }

        meeting.EnsureHeld(today);
        if (PanelReviews.Any(r => r.MeetingId == meeting.Id))
        {
            throw new RuleViolationException("panel-review-already-recorded", "This meeting's review of the case is already recorded.");
        }

        PanelReviews = [.. PanelReviews, new PanelReview(meeting.Id, meeting.HeldOn, note)];
    }

    /// <summary>Withdrawn consent ends the voluntary support at once: the case closes and unfinished interventions stop.</summary>
    public void WithdrawConsent(DateOnly withdrawnOn)
    {
        if (Consent is not { IsInForce: true } consent || Status is not (ReferralStatus.Adopted or ReferralStatus.InSupport))
        {
            throw new RuleViolationException("no-consent-in-force", "There is no consent in force to withdraw.");
        }

        Consent = consent with { WithdrawnOn = withdrawnOn };
        Interventions = [.. Interventions.Select(StopUnfinished)];
        Status = ReferralStatus.ConsentWithdrawn;
    }

    /// <summary>Leaves Channel; follow-up reviews fall due 6 and 12 months after the exit date.</summary>
    public void Exit(DateOnly exitedOn)
    {
        if (Status != ReferralStatus.InSupport)
        {
            throw new RuleViolationException("support-not-active", "Only a case in support can exit Channel.");
        }

        ExitedOn = exitedOn;
        FollowUps = [.. FollowUpMonths.Select(months => new FollowUpReview(months, exitedOn.AddMonths(months)))];
        Interventions = [.. Interventions.Select(StopUnfinished)];
        Status = ReferralStatus.Exited;
    }

    public void RecordFollowUp(int months, DateOnly heldOn, string note)
    {
        if (Status != ReferralStatus.Exited)
        {
            throw new RuleViolationException("case-not-exited", "Follow-up reviews are held only after exit.");
        }

        var review = FollowUps.SingleOrDefault(f => f.Months == months)
            ?? throw new RuleViolationException("follow-up-not-found", "Follow-up reviews are at 6 and 12 months.", RuleViolationKind.NotFound);
        if (review.HeldOn is not null)
        {
            throw new RuleViolationException("follow-up-already-held", $"The {months}-month review was already held.");
        }

        FollowUps = [.. FollowUps.Select(f => f.Months == months ? f with { HeldOn = heldOn, Note = note } : f)];
    }

    private static Intervention StopUnfinished(Intervention intervention) =>
        intervention.Status is InterventionStatus.Planned or InterventionStatus.Active
            ? intervention with { Status = InterventionStatus.Stopped }
            : intervention;
}

/// <summary>Who submitted a referral and under which key, with the fingerprint (a hash) of what they sent.</summary>
public sealed record Submission(string Agency, string Key, string RequestHash)
{
    /// <summary>
    /// Prefixes a partner's own referral reference (the AMQP door's key) in <see cref="Key"/>, apart from HTTP
    /// Idempotency-Keys: a rejected partner message and the referral that later put it right share partner and key.
    /// </summary>
    public const string PartnerReferencePrefix = "amqp:";
}
